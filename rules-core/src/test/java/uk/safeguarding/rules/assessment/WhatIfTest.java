package uk.safeguarding.rules.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.safeguarding.rules.RepositoryPaths;
import uk.safeguarding.rules.SharedAssessor;
import uk.safeguarding.rules.conclusion.Outcome;
import uk.safeguarding.rules.facts.FactPaths;
import uk.safeguarding.rules.input.CaseReader;
import uk.safeguarding.rules.input.Json;
import uk.safeguarding.rules.model.Answer;

/**
 * What-if answers are worked out in the case's own session, changing only the answered fact (see
 * {@code RuleEngine.Run}); they must be exactly what assessing the answered case afresh gives. Tried on every national
 * case of the regression corpus, for every open question and every possible answer.
 */
class WhatIfTest {

    private static final Assessor ASSESSOR = SharedAssessor.NATIONAL;

    @Test
    void everyWhatIfAnswerIsWhatAFreshAssessmentOfTheAnsweredCaseGives() {
        int tried = 0;
        for (JsonNode testCase : nationalCorpusCases()) {
            JsonNode input = testCase.get("input");
            LocalDate assessedOn = testCase.hasNonNull("assessedOn") ? LocalDate.parse(testCase.get("assessedOn").asText()) : LocalDate.of(2026, 11, 30);
            CaseReader reader = new CaseReader(Clock.fixed(assessedOn.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
            Assessment assessment = ASSESSOR.assess(reader.read(input), true);
            Map<String, Outcome> current = new LinkedHashMap<>();
            assessment.verdicts().forEach((key, verdict) -> current.put(key, verdict.outcome()));
            for (OpenQuestion question : assessment.questions()) {
                for (String answer : answers(question.fact())) {
                    Map<String, Outcome> fresh = ASSESSOR.outcomes(reader.read(answered(input, question.fact(), answer)));
                    List<OpenQuestion.Change> expected = new ArrayList<>();
                    current.forEach((verdict, outcome) -> {
                        if (fresh.get(verdict) != outcome) {
                            expected.add(new OpenQuestion.Change(verdict, outcome, fresh.get(verdict)));
                        }
                    });
                    List<OpenQuestion.Change> reported = question.ifAnswered().stream()
                            .filter(ifAnswered -> ifAnswered.answers().contains(answer)).findFirst()
                            .map(OpenQuestion.IfAnswered::changes).orElse(List.of());
                    assertEquals(expected, reported, testCase.get("name").asText() + ": " + question.fact() + " = " + answer);
                    tried++;
                }
            }
        }
        assertTrue(tried > 100, "only " + tried + " answers tried");
    }

    /** The answers the analysis tries for a fact: every value of its enumeration but "not known". */
    private static List<String> answers(String fact) {
        Class<?> type = FactPaths.typeOf(fact).orElse(null);
        if (type == null || !type.isEnum() || fact.contains("[]")) {
            return List.of();
        }
        return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).filter(n -> !n.equals(Answer.UNKNOWN.name())).toList();
    }

    /** The request with one field set, made independently of the analysis (which copies records). */
    private static JsonNode answered(JsonNode input, String fact, String answer) {
        ObjectNode copy = input.deepCopy();
        ObjectNode node = copy;
        String[] path = fact.split("\\.");
        for (int i = 0; i < path.length - 1; i++) {
            node = node.has(path[i]) && node.get(path[i]).isObject() ? (ObjectNode) node.get(path[i]) : node.putObject(path[i]);
        }
        node.put(path[path.length - 1], answer);
        return copy;
    }

    private static List<JsonNode> nationalCorpusCases() {
        Path corpus = RepositoryPaths.find("test-cases/cases");
        try (Stream<Path> files = Files.walk(corpus)) {
            List<JsonNode> cases = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                JsonNode testCase = Json.yamlMapper().readTree(file.toFile());
                if (!testCase.hasNonNull("profile") && testCase.hasNonNull("input")) {
                    cases.add(testCase);
                }
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
