package uk.safeguarding.rules.cases.tool;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.safeguarding.rules.cases.CaseResult;
import uk.safeguarding.rules.cases.CorpusRun;
import uk.safeguarding.rules.cases.Reports;

@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Run every case file and compare each answer with what the file expects.",
                "Prints a summary and, for each case that differs, the expected and actual answers and the rules behind "
                        + "the actual one; writes a JUnit XML report and a Markdown report."})
class TestCommand extends ToolCommand {

    @Option(names = "--junit-xml", paramLabel = "FILE", defaultValue = "target/policy-tool/test-results.xml",
            description = "Where to write the JUnit XML report. Default: ${DEFAULT-VALUE}.")
    Path junitXml;

    @Option(names = "--report", paramLabel = "FILE", defaultValue = "target/policy-tool/test-report.md",
            description = "Where to write the readable Markdown report. Default: ${DEFAULT-VALUE}.")
    Path report;

    @Override
    public Integer call() {
        PrintWriter out = out();
        CorpusRun run = CorpusRun.run(cases(), rules().byProfile());
        for (CaseResult result : run.results()) {
            if (result.passed()) {
                continue;
            }
            out.println("FAILED " + result.file().name() + ": " + result.name());
            if (result.error() != null) {
                out.println("  " + result.error());
            }
            result.mismatches().forEach(mismatch -> out.println("  " + mismatch));
        }
        Reports.writeJUnitXml(run, junitXml);
        Reports.writeMarkdown(run, report);
        out.println(run.summary() + ". Reports: " + junitXml + ", " + report);
        return run.passed() ? 0 : 1;
    }
}
