package uk.safeguarding.rules.cases.tool;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import uk.safeguarding.rules.assessment.Assessors;
import uk.safeguarding.rules.cases.CaseFile;
import uk.safeguarding.rules.cases.CaseFiles;
import uk.safeguarding.rules.cases.CaseRunner;
import uk.safeguarding.rules.input.InvalidCaseException;
import uk.safeguarding.rules.report.AssessmentMarkdown;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Assess one case file and print its full assessment in plain English.")
class ExplainCommand implements Callable<Integer> {

    @Parameters(paramLabel = "CASEFILE", description = "A case file (*.yaml).")
    Path caseFile;

    @Mixin
    Locations locations;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CaseFile file = CaseFiles.read(caseFile, caseFile.toString());
        if (!file.readable()) {
            spec.commandLine().getErr().println(caseFile + " " + file.problem());
            return 1;
        }
        CaseRunner runner = new CaseRunner(profile -> Assessors.load(locations.rules(spec.commandLine()).forProfile(profile)));
        try {
            spec.commandLine().getOut().println(AssessmentMarkdown.render(runner.assess(file.testCase())));
            return 0;
        } catch (InvalidCaseException invalid) {
            spec.commandLine().getErr().println(caseFile + ": the input is invalid: " + invalid.getMessage());
            return 1;
        }
    }
}
