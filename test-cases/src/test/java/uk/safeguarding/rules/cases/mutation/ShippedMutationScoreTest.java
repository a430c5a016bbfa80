package uk.safeguarding.rules.cases.mutation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.safeguarding.rules.cases.CaseFiles;
import uk.safeguarding.rules.cases.RuleSources;

/**
 * The shipped cases notice at least 95% of the changes {@code policy-tool mutate} makes to the shipped rules (issue 12's
 * goal), so a rule change or a removed case that leaves the corpus unable to tell mistakes apart fails the build, with
 * the changes no case notices listed. It is the whole run, a few minutes on two cores.
 */
class ShippedMutationScoreTest {

    private static final double GOAL_PERCENT = 95.0;
    private static final Path CASES = Path.of(System.getProperty("cases.dir", "cases"));

    @Test
    void theCasesNoticeAtLeastTheGoalShareOfMutants() {
        MutationRun run = MutationRun.run(new RuleSources(Path.of(System.getProperty("rules.dir", "../rules"))), CaseFiles.load(CASES),
                Set.of(), EquivalentMutants.read(CASES.toAbsolutePath().getParent().resolve("equivalent-mutants.yaml")), false,
                Runtime.getRuntime().availableProcessors(), progress -> { });
        assertTrue(run.casesFailingUnchanged().isEmpty(), "every shipped case passes: " + run.casesFailingUnchanged());
        List<String> unnoticed = run.results().stream().filter(r -> r.verdict() == MutationRun.Verdict.UNNOTICED)
                .map(r -> r.mutant().key()).toList();
        assertTrue(100 * run.score() >= GOAL_PERCENT, run.summary() + "; goal " + GOAL_PERCENT + "%. Unnoticed:\n" + String.join("\n", unnoticed));
    }
}
