package uk.safeguarding.rules.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every case file in the corpus is a test of its own, named by its sentence. */
class CorpusTest {

    @TestFactory
    Stream<DynamicTest> everyCaseGetsTheAnswerItsFileExpects() {
        List<CaseResult> results = ShippedCorpus.run().results();
        assertTrue(results.size() > 0, "no case files under " + ShippedCorpus.CASES.toAbsolutePath());
        return results.stream().map(result -> DynamicTest.dynamicTest(result.file().name() + ": " + result.name(),
                result.file().path().toUri(), () -> {
                    assertNull(result.error(), () -> result.file().name() + " " + result.error());
                    assertEquals(List.of(), result.mismatches(), () -> result.file().name() + " differs from what it expects");
                }));
    }
}
