package uk.safeguarding.rules.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import uk.safeguarding.rules.assessment.Assessors;
import uk.safeguarding.rules.engine.RuleSource;

/** Every case file in the corpus is a test of its own, named by its sentence. */
class CorpusTest {

    static final Path CASES = Path.of(System.getProperty("cases.dir", "cases"));
    static final CaseRunner RUNNER = new CaseRunner(profile -> Assessors.load(RuleSource.classpath(profile)));

    @TestFactory
    Stream<DynamicTest> everyCaseGetsTheAnswerItsFileExpects() {
        List<CaseFile> files = CaseFiles.load(CASES);
        assertTrue(files.size() > 0, "no case files under " + CASES.toAbsolutePath());
        return files.stream().map(file -> DynamicTest.dynamicTest(file.name() + ": " + (file.readable() ? file.testCase().name() : "unreadable"),
                file.path().toUri(), () -> {
                    CaseResult result = RUNNER.run(file);
                    assertNull(result.error(), () -> file.name() + " " + result.error());
                    assertEquals(List.of(), result.mismatches(), () -> file.name() + " differs from what it expects");
                }));
    }
}
