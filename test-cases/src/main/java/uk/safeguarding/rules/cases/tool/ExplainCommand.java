package uk.safeguarding.rules.cases.tool;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import uk.safeguarding.rules.cases.CaseFiles;
import uk.safeguarding.rules.cases.CaseResult;
import uk.safeguarding.rules.cases.CaseRunner;
import uk.safeguarding.rules.report.RapidReviewDocuments;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Assess one case file and print the working notes (reasons, sources and rule ids, open questions,",
                "deadlines) and the Rapid Review record made from it, then say whether the answers are the ones the",
                "case file expects."})
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
        RapidReviewDocuments documents = rules().documents().write(CaseRunner.caseOf(result.file().testCase()), result.assessment());
        out.println(documents.workingNotes().markdown());
        out.println(documents.record().markdown());
        out.println("## Compared with what the case file expects\n");
        if (result.passed()) {
            out.println("Every expected answer matches.");
        } else {
            result.mismatches().forEach(mismatch -> out.println("- " + mismatch));
        }
        return 0;
    }
}
