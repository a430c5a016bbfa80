package uk.safeguarding.rules.cases.mutation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import uk.safeguarding.rules.cases.CaseFiles;
import uk.safeguarding.rules.cases.RuleSources;

/**
 * The mistakes a policy officer made by hand on a fresh clone, which no case used to notice, are noticed by the
 * shipped corpus: an 18-year-old counted as a child, and a Rapid Review the Panel's advice expects made a duty.
 */
class MutationRunTest {

    private static final RuleSources RULES = new RuleSources(Path.of(System.getProperty("rules.dir", "../rules")));
    private static final Path CASES = Path.of(System.getProperty("cases.dir", "cases"));

    /** The rules' mutants judged by the corpus, nothing left out as equivalent; each set of rules once for all the tests. */
    private static final Map<Set<String>, MutationRun> RUNS = new ConcurrentHashMap<>();

    private static MutationRun run(Set<String> ruleIds) {
        MutationRun run = RUNS.computeIfAbsent(ruleIds,
                ids -> MutationRun.run(RULES, CaseFiles.load(CASES), ids, Map.of(), false, 2, progress -> { }));
        assertTrue(run.casesFailingUnchanged().isEmpty(), "every shipped case passes: " + run.casesFailingUnchanged());
        return run;
    }

    /** The one mutant of the rule whose change contains {@code change}. */
    private static MutationRun.Result mutant(String ruleId, String change) {
        return only(run(Set.of(ruleId)), r -> r.mutant().change().contains(change), change);
    }

    private static MutationRun.Result only(MutationRun run, Predicate<MutationRun.Result> which, String change) {
        List<MutationRun.Result> matching = run.results().stream().filter(which).toList();
        assertEquals(1, matching.size(), change + " among " + run.results());
        return matching.get(0);
    }

    /** An entry in the list of equivalent mutants is honest only if, left in the score, no case notices it. */
    @Test
    void everyMutantListedAsEquivalentExistsAndNoCaseNoticesIt() {
        Map<String, String> listed = EquivalentMutants.read(CASES.toAbsolutePath().getParent().resolve("equivalent-mutants.yaml"));
        assertTrue(!listed.isEmpty(), "the shipped list is read");
        // One run for every rule on the list: the rules' mutants are compiled together, as in a whole run.
        Set<String> ruleIds = listed.keySet().stream().map(key -> key.substring(0, key.indexOf(": "))).collect(Collectors.toSet());
        MutationRun run = run(ruleIds);
        listed.keySet().forEach(key -> {
            MutationRun.Result result = only(run, r -> r.mutant().key().equals(key), key);
            assertEquals(MutationRun.Verdict.UNNOTICED, result.verdict(), key + " is listed as equivalent but " + result.detail());
        });
    }

    @Test
    void anEighteenYearOldCountedAsAChildIsNoticed() {
        MutationRun.Result result = mutant("S1-under-18", "becomes \"Age( years != null, years <= $limit, $years : years )\"");
        assertEquals(MutationRun.Verdict.NOTICED, result.verdict(), result.toString());
        assertTrue(result.mutant().file().equals("national/serious-case.drl") && result.mutant().line() > 0, result.mutant().toString());
    }

    @Test
    void aSuicideRapidReviewMadeADutyIsNoticed() {
        MutationRun.Result result = mutant("C3-suicide-direct-contribution", "change the basis: \"yes(kcontext, Topic.RAPID_REVIEW, Basis.EXPECTED");
        assertEquals(MutationRun.Verdict.NOTICED, result.verdict(), result.toString());
        assertTrue(result.detail().contains("rapidReview: expected YES EXPECTED, got YES DUTY"), result.detail());
    }
}
