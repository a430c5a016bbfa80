package uk.safeguarding.rules.cases.tool;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.safeguarding.rules.cases.RuleSetDiff;
import uk.safeguarding.rules.cases.RuleSources;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"List the cases whose answers a rule change would move.",
                "Assesses every case under two rule sets and lists, side by side, the answers, bases and reasons that "
                        + "change. Run it before proposing a change: base is the rules as they are, head your edited copy."})
class DiffCommand extends ToolCommand {

    @Option(names = "--base", required = true, paramLabel = "DIR", description = "The rules as they are now.")
    Path base;

    @Option(names = "--head", required = true, paramLabel = "DIR", description = "The rules with your change.")
    Path head;

    @Option(names = "--fail-on-change", description = "Exit with status 1 if any answer changes.")
    boolean failOnChange;

    @Override
    public Integer call() {
        PrintWriter out = out();
        requireDirectory(base, "--base");
        requireDirectory(head, "--head");
        List<RuleSetDiff.Change> changes = RuleSetDiff.compare(cases(),
                new RuleSources(base).byProfile(), new RuleSources(head).byProfile());
        if (changes.isEmpty()) {
            out.println("No case's answers change between " + base + " and " + head + ".");
            return 0;
        }
        long casesChanged = changes.stream().map(RuleSetDiff.Change::caseFile).distinct().count();
        out.println(casesChanged + " case(s) change between " + base + " (base) and " + head + " (head):");
        String current = null;
        for (RuleSetDiff.Change change : changes) {
            if (!change.caseFile().equals(current)) {
                current = change.caseFile();
                out.println();
                out.println(change.caseFile() + ": " + change.caseName());
                out.printf("  %-42s | %-45s | %s%n", "answer", "base", "head");
            }
            out.printf("  %-42s | %-45s | %s%n", change.key(), change.base(), change.head());
        }
        return failOnChange ? 1 : 0;
    }
}
