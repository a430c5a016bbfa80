package uk.safeguarding.rules.cases.tool;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import uk.safeguarding.rules.cases.CaseFiles;
import uk.safeguarding.rules.cases.CorpusRun;
import uk.safeguarding.rules.cases.Coverage;
import uk.safeguarding.rules.cases.RuleInventory;
import uk.safeguarding.rules.cases.RuleSources;
import uk.safeguarding.rules.guidance.GuidanceStatements;

@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = {"List what the cases and rules leave uncovered.",
                "Lists the rules no case exercises, the guidance statements no rule encodes, and the statements no case "
                        + "tests. Every rule and every statement should be covered before a change goes live."})
class CoverageCommand implements Callable<Integer> {

    @Mixin
    Locations locations;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RuleSources rules = locations.rules(spec.commandLine());
        CorpusRun run = CorpusRun.run(CaseFiles.load(locations.cases(spec.commandLine())), rules.byProfile());
        Coverage coverage = Coverage.of(RuleInventory.of(rules), run, GuidanceStatements.load());
        coverage.unexercisedRules().forEach(rule -> out.println("Rule exercised by no case: " + rule.id() + " (" + rule.file() + ":" + rule.line() + ") " + rule.name()));
        coverage.unencodedStatements().forEach(s -> out.println("Guidance encoded by no rule: " + s.id() + " " + s.text()));
        coverage.untestedStatements().forEach(s -> out.println("Guidance tested by no case: " + s.id() + " " + s.text()));
        out.println(coverage.complete() ? "Every rule is exercised and every guidance statement is encoded and tested."
                : "Coverage is incomplete: add a case, or a rule, for each line above.");
        return coverage.complete() ? 0 : 1;
    }
}
