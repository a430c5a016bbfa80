package uk.safeguarding.rules.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import uk.safeguarding.rules.cases.mutation.Suggestions;

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

    /** A recorded case or a suggested near miss pins the rules' answers of today; it lands only once a person has written it. */
    @Test
    void everyCaseIsWrittenByAPersonNotLeftAsTheToolWroteIt() {
        List<String> unreviewed = ShippedCorpus.run().results().stream().map(CaseResult::file).filter(CaseFile::readable)
                .filter(file -> CaseRecorder.unreviewed(file.testCase()) || Suggestions.unreviewed(file.testCase()))
                .map(CaseFile::name).toList();
        assertEquals(List.of(), unreviewed, "cases whose name or story is still the tool's placeholder");
    }

    /** References stand for real cases in reports and decision logs: two case files never share one. */
    @Test
    void everyCaseHasItsOwnReference() {
        Map<String, List<String>> byReference = ShippedCorpus.run().results().stream().map(CaseResult::file).filter(CaseFile::readable)
                .collect(Collectors.groupingBy(file -> file.testCase().input().path("reference").asText(),
                        TreeMap::new, Collectors.mapping(CaseFile::name, Collectors.toList())));
        byReference.values().removeIf(files -> files.size() == 1);
        assertEquals(Map.of(), byReference, "references used by more than one case file");
    }
}
