package uk.safeguarding.rules.cases.mutation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** One rule's mutants judged by the corpus, nothing left out as equivalent; each rule once for all the tests. */
    private static final Map<String, MutationRun> RUNS = new ConcurrentHashMap<>();

    private static MutationRun.Result mutant(String ruleId, String change) {
        MutationRun run = RUNS.computeIfAbsent(ruleId,
                id -> MutationRun.run(RULES, CaseFiles.load(CASES), Optional.of(id), Map.of(), 2, progress -> { }));
        assertTrue(run.casesFailingUnchanged().isEmpty(), "every shipped case passes: " + run.casesFailingUnchanged());
        List<MutationRun.Result> matching = run.results().stream().filter(r -> r.mutant().change().contains(change)).toList();
        assertEquals(1, matching.size(), change + " among " + run.results());
        return matching.get(0);
    }

    /** An entry in the list of equivalent mutants is honest only if, left in the score, no case notices it. */
    @Test
    void everyMutantListedAsEquivalentExistsAndNoCaseNoticesIt() {
        Map<String, String> listed = EquivalentMutants.read(CASES.toAbsolutePath().getParent().resolve("equivalent-mutants.yaml"));
        assertTrue(!listed.isEmpty(), "the shipped list is read");
        listed.keySet().forEach(key -> {
            String ruleId = key.substring(0, key.indexOf(": "));
            MutationRun.Result result = mutant(ruleId, key.substring(ruleId.length() + 2));
            assertEquals(key, result.mutant().key());
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
