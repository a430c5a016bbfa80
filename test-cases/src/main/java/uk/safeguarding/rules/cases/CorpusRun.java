package uk.safeguarding.rules.cases;

import java.util.Collection;
import java.util.HashMap;
import java.util.TreeMap;
import java.util.TreeSet;
import uk.safeguarding.rules.engine.RuleInfo;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import uk.safeguarding.rules.engine.RuleSource;

/** Every case file of a corpus checked against one rule source, with how long each took. */
public final class CorpusRun {

    /** One case's result and how long it took to assess. */
    public record Timed(CaseResult result, Duration took) {
    }

    private final List<Timed> results;

    private CorpusRun(List<Timed> results) {
        this.results = List.copyOf(results);
    }

    public static CorpusRun run(List<CaseFile> files, Function<String, RuleSource> rules) {
        CaseRunner runner = CaseRunner.forRules(rules);
        // Cases are independent and the runner is safe to share: on every core at once, results in file order.
        return new CorpusRun(files.parallelStream().map(file -> {
            long started = System.nanoTime();
            CaseResult result = runner.run(file);
            return new Timed(result, Duration.ofNanos(System.nanoTime() - started));
        }).toList());
    }

    public List<Timed> timed() {
        return results;
    }

    public List<CaseResult> results() {
        return results.stream().map(Timed::result).toList();
    }

    public long failed() {
        return results().stream().filter(r -> !r.passed()).count();
    }

    public boolean passed() {
        return failed() == 0;
    }

    /** "71 cases: 70 passed, 1 failed (1 could not be read or assessed)". */
    public String summary() {
        long errors = results().stream().filter(r -> r.error() != null).count();
        return results.size() + " cases: " + (results.size() - failed()) + " passed, " + failed() + " failed"
                + (errors > 0 ? " (" + errors + " could not be read or assessed)" : "");
    }

    /**
     * For each rule, the cases that exercise it: its id is among a case's reasons, notes or deadlines, or it declares
     * conditions that a rule exercised by the case extends (such a rule concludes nothing itself).
     */
    public Map<String, Set<String>> casesByRule(Collection<RuleInfo> rules) {
        Map<String, String> parentIdByChildId = new HashMap<>();
        Map<String, String> idByName = new HashMap<>();
        rules.forEach(rule -> idByName.put(rule.name(), rule.id()));
        rules.stream().filter(rule -> rule.parent() != null && idByName.containsKey(rule.parent()))
                .forEach(rule -> parentIdByChildId.put(rule.id(), idByName.get(rule.parent())));
        Map<String, Set<String>> byRule = new TreeMap<>();
        ruleIdsByCase().forEach((caseFile, ruleIds) -> ruleIds.forEach(id -> {
            byRule.computeIfAbsent(id, k -> new TreeSet<>()).add(caseFile);
            if (parentIdByChildId.containsKey(id)) {
                byRule.computeIfAbsent(parentIdByChildId.get(id), k -> new TreeSet<>()).add(caseFile);
            }
        }));
        return byRule;
    }

    /** The rule ids among each assessed case's reasons, notes and deadlines, by case file. */
    public Map<String, Set<String>> ruleIdsByCase() {
        Map<String, Set<String>> byCase = new LinkedHashMap<>();
        for (CaseResult result : results()) {
            if (result.assessment() != null) {
                byCase.put(result.file().name(), new AssessmentIndex(result.assessment()).ruleIds());
            }
        }
        return byCase;
    }
}
