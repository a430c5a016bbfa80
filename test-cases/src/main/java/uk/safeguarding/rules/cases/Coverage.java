package uk.safeguarding.rules.cases;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.safeguarding.rules.engine.RuleInfo;
import uk.safeguarding.rules.guidance.GuidanceStatement;
import uk.safeguarding.rules.guidance.GuidanceStatements;

/**
 * What the corpus leaves untested: rules no case exercises, guidance statements no rule encodes, and statements no
 * case tests (neither listing them nor exercising a rule that encodes them).
 *
 * <p>A rule is exercised when its id is among the reasons, notes or deadlines of some case's assessment, or when it
 * declares conditions that an exercised rule extends (it concludes nothing itself).
 */
public record Coverage(List<RuleInfo> unexercisedRules, List<GuidanceStatement> unencodedStatements,
                       List<GuidanceStatement> untestedStatements) {

    public static Coverage of(Collection<RuleInfo> rules, CorpusRun run, GuidanceStatements guidance) {
        Set<String> exercised = new HashSet<>();
        exercised.addAll(run.casesByRule(rules).keySet());
        Set<String> encoded = new HashSet<>();
        rules.forEach(rule -> encoded.addAll(rule.guidance()));
        Set<String> tested = new HashSet<>();
        run.results().stream().filter(r -> r.file().readable()).forEach(r -> tested.addAll(r.file().testCase().guidance()));
        rules.stream().filter(rule -> exercised.contains(rule.id())).forEach(rule -> tested.addAll(rule.guidance()));
        return new Coverage(
                rules.stream().filter(rule -> !exercised.contains(rule.id())).toList(),
                guidance.all().stream().filter(s -> !encoded.contains(s.id())).toList(),
                guidance.all().stream().filter(s -> !tested.contains(s.id())).toList());
    }

    public boolean complete() {
        return unexercisedRules.isEmpty() && unencodedStatements.isEmpty() && untestedStatements.isEmpty();
    }
}
