package uk.safeguarding.rules.cases.tool;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.safeguarding.rules.cases.RuleSources;
import uk.safeguarding.rules.cases.mutation.EquivalentMutants;
import uk.safeguarding.rules.cases.mutation.MutationRun;
import uk.safeguarding.rules.cases.mutation.MutationScore;
import uk.safeguarding.rules.cases.mutation.Suggestion;
import uk.safeguarding.rules.cases.mutation.Suggestions;
import uk.safeguarding.rules.engine.RuleSets;
import uk.safeguarding.rules.engine.RuleSource;

@Command(name = "mutate", mixinStandardHelpOptions = true,
        description = {"Would the cases notice a mistake? Change each rule in small, realistic ways and run the cases.",
                "Each rule is changed in turn (drop one condition, flip a comparison, swap YES and NO, change the basis, "
                        + "move a threshold by one) and the regression cases are run against each change. A change is "
                        + "noticed when some case no longer gets the answers its file expects, or cannot be assessed. Lists "
                        + "every change no case notices, with the rule and the change, and the score: noticed / counted. "
                        + "Changes listed in the equivalent-mutants file (they cannot change any answer) are not counted."})
class MutateCommand extends ToolCommand {

    @Option(names = "--rule", paramLabel = "ID", description = "Change only this rule (by its @id): seconds rather than minutes. Repeat for several rules.")
    List<String> rule;

    @Option(names = "--equivalent", paramLabel = "FILE",
            description = "Changes that cannot alter any answer, each with the reason. Default: equivalent-mutants.yaml beside the cases directory.")
    Path equivalent;

    @Option(names = "--threads", paramLabel = "N", description = "Mutants judged at once. Default: the number of processors.")
    Integer threads;

    @Option(names = "--fail-under", paramLabel = "PERCENT", description = "Exit with status 1 if fewer than this share of mutants is noticed.")
    Double failUnder;

    @Option(names = "--score", paramLabel = "FILE", defaultValue = "target/policy-tool/mutation-score.yaml",
            description = "Where a whole run records its score, for the catalogue. Default: ${DEFAULT-VALUE}.")
    Path score;

    @Option(names = "--suggest", paramLabel = "DIR",
            description = "For each change no case notices, look for a case, or a near miss of one (one fact changed), that would notice it, "
                    + "and write it under DIR: near misses as case files to name, check and move into the cases; answers an existing case "
                    + "could also expect in DIR/add-to-cases.txt. Slower: each unnoticed change tries up to a few thousand inputs.")
    Path suggest;

    @Option(names = "--verbose", description = "List every change with how it was judged, not only those no case notices.")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter out = out();
        RuleSources rules = rules();
        Path casesDirectory = locations.cases(spec.commandLine());
        Path equivalentFile = equivalent != null ? equivalent : casesDirectory.toAbsolutePath().getParent().resolve("equivalent-mutants.yaml");
        long started = System.nanoTime();
        Map<String, String> equivalents;
        try {
            equivalents = EquivalentMutants.read(equivalentFile);
        } catch (IllegalArgumentException malformed) {
            throw new CommandLine.ParameterException(spec.commandLine(), malformed.getMessage());
        }
        MutationRun run = MutationRun.run(rules, cases(), rule == null ? Set.of() : Set.copyOf(rule), equivalents, suggest != null,
                threads != null ? threads : Runtime.getRuntime().availableProcessors(), err()::println);
        if (rule != null && run.results().isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rule " + String.join(", ", rule)
                    + ": no rule has this id, or no case of its profile can judge it");
        }
        run.casesFailingUnchanged().forEach(name -> out.println("NOT USED " + name + ": it fails without any change, so it cannot judge one"));
        for (MutationRun.Result result : run.results()) {
            String where = result.mutant().ruleId() + " (" + result.mutant().file() + ":" + result.mutant().line() + "): "
                    + result.mutant().change();
            if (result.verdict() == MutationRun.Verdict.UNNOTICED) {
                Suggestion suggestion = result.suggestion();
                out.println("UNNOTICED " + where + (suggestion == null ? "" : " [told apart by " + suggestion.base().name()
                        + (suggestion.isNearMiss() ? " if " + suggestion.change() : "") + "]"));
            } else if (rule != null || verbose) {
                // One rule's run says how each change was judged, so an officer sees which case catches which mistake.
                out.println(result.verdict().name().replace('_', ' ') + " " + where + (result.detail().isEmpty() ? "" : " [" + result.detail() + "]"));
            }
        }
        if (suggest != null) {
            Map<String, List<String>> guidance = new HashMap<>();
            RuleSets.describe(rules.forProfile(RuleSource.NATIONAL)).forEach(info -> guidance.put(info.id(), info.guidance()));
            List<Path> written = Suggestions.write(run.results(), suggest, id -> guidance.getOrDefault(id, List.of()));
            long found = run.results().stream().filter(r -> r.suggestion() != null).count();
            out.println("Suggestions for " + found + " of " + run.count(MutationRun.Verdict.UNNOTICED) + " unnoticed changes: "
                    + written.size() + " files under " + suggest);
        }
        out.println(run.summary() + (rule != null ? " for " + String.join(", ", rule) : "") + String.format(", in %.0f s.", (System.nanoTime() - started) / 1e9));
        if (rule == null) {
            MutationScore.of(run, RuleSets.contentHash(rules.forProfile(RuleSource.NATIONAL).read())).write(score);
            out.println("Score recorded for the catalogue in " + score);
        }
        return failUnder != null && 100 * run.score() < failUnder ? 1 : 0;
    }
}
