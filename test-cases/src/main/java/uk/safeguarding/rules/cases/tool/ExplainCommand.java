package uk.safeguarding.rules.cases.tool;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import uk.safeguarding.rules.cases.CaseFiles;
import uk.safeguarding.rules.cases.CaseResult;
import uk.safeguarding.rules.cases.CaseRunner;
import uk.safeguarding.rules.report.AssessmentMarkdown;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Assess one case file and print its full assessment in plain English,",
                "then say whether the answers are the ones the case file expects."})
class ExplainCommand extends ToolCommand {

    @Parameters(paramLabel = "CASEFILE", description = "A case file (*.yaml).")
    Path caseFile;

    @Override
    public Integer call() {
        CaseResult result = CaseRunner.forRules(rules().byProfile()).run(CaseFiles.read(caseFile, caseFile.toString()));
        if (result.error() != null) {
            err().println(caseFile + ": " + result.error());
            return 1;
        }
        PrintWriter out = out();
        out.println("Case file: " + caseFile + "\n" + result.name() + "\n");
        out.println(AssessmentMarkdown.render(result.assessment()));
        out.println("## Compared with what the case file expects\n");
        if (result.passed()) {
            out.println("Every expected answer matches.");
        } else {
            result.mismatches().forEach(mismatch -> out.println("- " + mismatch));
        }
        return 0;
    }
}
