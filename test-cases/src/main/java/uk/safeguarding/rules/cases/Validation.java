package uk.safeguarding.rules.cases;

import java.util.ArrayList;
import java.util.List;
import uk.safeguarding.rules.engine.RuleProblem;
import uk.safeguarding.rules.engine.RuleSets;
import uk.safeguarding.rules.engine.RuleSource;

/**
 * Checks a rules directory the way the service will load it: the national rules, then each local profile on top,
 * reporting every compilation error and metadata problem with its file and line.
 */
public final class Validation {

    /** The problems found with one profile's rules; a local profile reports only problems in its own file. */
    public record Result(String profile, List<RuleProblem> problems) {

        public Result {
            problems = List.copyOf(problems);
        }
    }

    private Validation() {
    }

    public static List<Result> validate(RuleSources rules) {
        List<Result> results = new ArrayList<>();
        results.add(new Result(RuleSource.NATIONAL, RuleSets.problems(rules.forProfile(RuleSource.NATIONAL))));
        boolean nationalLoads = results.get(0).problems().isEmpty();
        for (String profile : rules.forProfile(RuleSource.NATIONAL).localProfiles()) {
            List<RuleProblem> problems = RuleSets.problems(rules.forProfile(profile));
            // National problems are already reported once; with them, a local file cannot be checked on its own.
            results.add(new Result(profile, nationalLoads ? problems
                    : problems.stream().filter(p -> p.file() != null && p.file().startsWith("local/")).toList()));
        }
        return results;
    }

    public static boolean passed(List<Result> results) {
        return results.stream().allMatch(r -> r.problems().isEmpty());
    }
}
