package uk.safeguarding.rules.cases.tool;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import uk.safeguarding.rules.cases.CorpusRun;
import uk.safeguarding.rules.cases.Coverage;
import uk.safeguarding.rules.cases.RuleInventory;
import uk.safeguarding.rules.cases.RuleSources;
import uk.safeguarding.rules.guidance.GuidanceStatements;

@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = {"List what the cases and rules leave uncovered.",
                "Lists the rules no case exercises, the guidance statements no rule encodes, and the statements no case "
                        + "tests. Every rule and every statement should be covered before a change goes live."})
class CoverageCommand extends ToolCommand {

    @Override
    public Integer call() {
        PrintWriter out = out();
        RuleSources rules = rules();
        CorpusRun run = CorpusRun.run(cases(), rules.byProfile());
        Coverage coverage = Coverage.of(RuleInventory.of(rules), run, GuidanceStatements.load());
        coverage.unexercisedRules().forEach(rule -> out.println("Rule exercised by no case: " + rule.id() + " (" + rule.file() + ":" + rule.line() + ") " + rule.name()));
        coverage.unencodedStatements().forEach(s -> out.println("Guidance encoded by no rule: " + s.id() + " " + s.text()));
        coverage.untestedStatements().forEach(s -> out.println("Guidance tested by no case: " + s.id() + " " + s.text()));
        out.println(coverage.complete() ? "Every rule is exercised and every guidance statement is encoded and tested."
                : "Coverage is incomplete: add a case, or a rule, for each line above.");
        return coverage.complete() ? 0 : 1;
    }
}
