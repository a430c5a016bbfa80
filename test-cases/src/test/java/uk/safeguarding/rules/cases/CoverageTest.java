package uk.safeguarding.rules.cases;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.safeguarding.rules.guidance.GuidanceStatements;

/** The build fails while any rule or guidance statement is left uncovered. */
class CoverageTest {

    @Test
    void everyRuleIsExercisedAndEveryGuidanceStatementIsEncodedAndTested() {
        Coverage coverage = Coverage.of(RuleInventory.of(ShippedCorpus.RULES), ShippedCorpus.run(), GuidanceStatements.load());
        assertTrue(coverage.unexercisedRules().isEmpty(), () -> "rules no case exercises: "
                + coverage.unexercisedRules().stream().map(r -> r.id()).collect(Collectors.joining(", ")));
        assertTrue(coverage.unencodedStatements().isEmpty(), () -> "guidance no rule encodes: " + coverage.unencodedStatements());
        assertTrue(coverage.untestedStatements().isEmpty(), () -> "guidance no case tests: " + coverage.untestedStatements());
    }
}
