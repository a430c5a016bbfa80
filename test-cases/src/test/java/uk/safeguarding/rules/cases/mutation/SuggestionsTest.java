package uk.safeguarding.rules.cases.mutation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.safeguarding.rules.cases.CaseFile;
import uk.safeguarding.rules.cases.CaseFiles;
import uk.safeguarding.rules.cases.RuleSources;

/**
 * A corpus with only a 17-year-old cannot notice an 18-year-old counted as a child; {@code mutate --suggest} finds the
 * near miss that can (the same case a year older), writes it as a case file, and with it the mistake is noticed.
 */
class SuggestionsTest {

    private static final RuleSources RULES = new RuleSources(Path.of(System.getProperty("rules.dir", "../rules")));
    private static final String MUTANT = "becomes \"Age( years != null, years <= $limit, $years : years )\"";
    private static final String SEVENTEEN = """
            name: A seventeen-year-old seriously harmed by a parent is a child
            story: A seventeen-year-old is seriously harmed by a parent.
            guidance: [S1]
            assessedOn: 2026-11-24
            input:
              reference: SG-01
              child:
                ageInYears: 17
              incident:
                outcome: HARMED
                date: 2026-11-02
                localAuthorityAwareDate: 2026-11-03
                location: IN_AREA
            output:
              findings.child: YES
            """;

    @Test
    void aNearMissSuggestedForAnUnnoticedMutantNoticesItOnceKept(@TempDir Path directory) throws IOException {
        Path cases = directory.resolve("cases");
        Files.createDirectories(cases.resolve("scope"));
        Files.writeString(cases.resolve("scope/seventeen.yaml"), SEVENTEEN);

        MutationRun.Result before = lessThanOrEqual(run(CaseFiles.load(cases), true));
        assertEquals(MutationRun.Verdict.UNNOTICED, before.verdict(), before.toString());
        Suggestion suggestion = before.suggestion();
        assertNotNull(suggestion, "a near miss is found for " + before.mutant().key());
        assertTrue(suggestion.isNearMiss() && suggestion.change().startsWith("child.ageInYears is one more"), suggestion.change());
        // Counted as a child as well as an adult, the 18-year-old's case cannot be assessed by the mutant at all, so any
        // answer tells the two apart: the near miss expects the rules' answers to the statutory questions.
        assertEquals("NO DUTY", suggestion.output().get("seriousCase"), suggestion.output().toString());

        List<Path> written = Suggestions.write(List.of(before), directory.resolve("suggested"), id -> List.of("S1"));
        assertEquals(1, written.size(), written.toString());
        Path nearMiss = written.get(0);
        assertEquals(directory.resolve("suggested/scope"), nearMiss.getParent(), "kept beside the case it is near");
        Files.copy(nearMiss, cases.resolve("scope").resolve(nearMiss.getFileName()));

        List<CaseFile> withNearMiss = CaseFiles.load(cases);
        assertTrue(withNearMiss.stream().allMatch(CaseFile::readable), withNearMiss.toString());
        MutationRun.Result after = lessThanOrEqual(run(withNearMiss, false));
        assertEquals(MutationRun.Verdict.NOTICED, after.verdict(), after.toString());
        assertTrue(after.detail().startsWith("scope/seventeen--child-ageinyears-is-one-more"), after.detail());
    }

    private static MutationRun run(List<CaseFile> cases, boolean suggest) {
        MutationRun run = MutationRun.run(RULES, cases, Set.of("S1-under-18"), Map.of(), suggest, 2, progress -> { });
        assertTrue(run.casesFailingUnchanged().isEmpty(), "the cases pass unchanged: " + run.casesFailingUnchanged());
        return run;
    }

    private static MutationRun.Result lessThanOrEqual(MutationRun run) {
        List<MutationRun.Result> matching = run.results().stream().filter(r -> r.mutant().change().contains(MUTANT)).toList();
        assertEquals(1, matching.size(), MUTANT + " among " + run.results());
        return matching.get(0);
    }
}
