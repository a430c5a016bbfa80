package uk.safeguarding.rules.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class OpenApiExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aCutKeepsEachListsFirstItemAndLeavesOutWhatIsNestedTooDeep() throws Exception {
        JsonNode response = JSON.readTree("""
                {"reference": "R1", "verdicts": {"a": {"outcome": "YES", "reasons": [{"ruleId": "N1"}, {"ruleId": "N2"}]}},
                 "questions": [{"fact": "x", "verdicts": ["a", "b"]}, {"fact": "y"}]}""");

        assertEquals(JSON.readTree("""
                {"reference": "R1", "verdicts": {"a": {"outcome": "YES"}}, "questions": [{"fact": "x"}]}"""),
                OpenApiExamples.cut(response, 2));
        assertEquals(JSON.readTree("""
                {"reference": "R1", "verdicts": {"a": {"outcome": "YES", "reasons": [{"ruleId": "N1"}]}},
                 "questions": [{"fact": "x", "verdicts": ["a"]}]}"""),
                OpenApiExamples.cut(response, 4));
    }

    @Test
    void aResponseThatFitsIsShownWholeAndALargeOneAsDeepAsTheBudgetAllows() throws Exception {
        JsonNode small = JSON.readTree("""
                {"outcome": "YES", "reasons": [{"ruleId": "R5"}, {"ruleId": "R6"}]}""");
        assertEquals(small, OpenApiExamples.trim(small).response());

        JsonNode large = JSON.readTree("""
                {"verdicts": {"a": {"outcome": "YES", "reasons": [{"because": "%s"}]}}}"""
                .formatted("x".repeat(OpenApiExamples.RESPONSE_BUDGET)));
        OpenApiExamples.Trimmed trimmed = OpenApiExamples.trim(large);
        assertEquals(JSON.readTree("""
                {"verdicts": {"a": {"outcome": "YES"}}}"""), trimmed.response());
        assertEquals(2, trimmed.levels());
        assertTrue(trimmed.response().toPrettyString().length() <= OpenApiExamples.RESPONSE_BUDGET);
    }
}
