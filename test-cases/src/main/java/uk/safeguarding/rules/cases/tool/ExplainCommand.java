package uk.safeguarding.rules.cases.tool;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import uk.safeguarding.rules.assessment.Assessors;
import uk.safeguarding.rules.cases.CaseFile;
import uk.safeguarding.rules.cases.CaseFiles;
import uk.safeguarding.rules.cases.CaseRunner;
import uk.safeguarding.rules.input.InvalidCaseException;
import uk.safeguarding.rules.report.AssessmentMarkdown;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Assess one case file and print its full assessment in plain English.")
class ExplainCommand extends ToolCommand {

    @Parameters(paramLabel = "CASEFILE", description = "A case file (*.yaml).")
    Path caseFile;

    @Override
    public Integer call() {
        CaseFile file = CaseFiles.read(caseFile, caseFile.toString());
        if (!file.readable()) {
            err().println(caseFile + " " + file.problem());
            return 1;
        }
        CaseRunner runner = new CaseRunner(profile -> Assessors.load(rules().forProfile(profile)));
        try {
            out().println(AssessmentMarkdown.render(runner.assess(file.testCase())));
            return 0;
        } catch (InvalidCaseException invalid) {
            err().println(caseFile + ": the input is invalid: " + invalid.getMessage());
            return 1;
        }
    }
}
