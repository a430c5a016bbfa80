package uk.safeguarding.rules.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import uk.safeguarding.rules.assessment.Assessment;
import uk.safeguarding.rules.assessment.Assessor;
import uk.safeguarding.rules.input.FieldError;
import uk.safeguarding.rules.input.IdentifyingDetails;

/**
 * Turns a request from real work (one tried in Swagger UI, say) and today's answers into a regression case: the
 * request as the input, every current answer and due date as what the case expects, and a placeholder story for a
 * person to write. A request with anything that looks like a name, an address or another identifying detail is
 * refused, field by field, before anything is written: cases must be anonymised.
 */
public final class CaseRecorder {

    static final String PLACEHOLDER_NAME = "Replace with one sentence saying what this case shows";
    static final String PLACEHOLDER_STORY = "Replace with the case in a few sentences, for people, with no names, places or dates of birth. "
            + "Recorded by policy-tool record; the expected answers below are the rules' answers on the day it was recorded: "
            + "check each against the guidance before keeping the case.";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).disable(YAMLGenerator.Feature.SPLIT_LINES).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    private CaseRecorder() {
    }

    /** Each text field of the request that looks like it identifies someone, with what it looks like. */
    public static List<FieldError> identifyingFields(JsonNode request) {
        List<FieldError> found = new ArrayList<>();
        collect(request, "", found);
        return found;
    }

    private static void collect(JsonNode node, String path, List<FieldError> found) {
        if (node.isTextual()) {
            IdentifyingDetails.in(node.asText()).ifPresent(shape -> found.add(new FieldError(path,
                    "looks like " + shape + "; a case file must be anonymised, so take it out or replace it")));
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> collect(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), found));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", found);
            }
        }
    }

    /** Whether a case still has the placeholder name or story it was recorded with: not yet written by a person. */
    public static boolean unreviewed(TestCase testCase) {
        return testCase.name().equals(PLACEHOLDER_NAME) || testCase.story().equals(PLACEHOLDER_STORY);
    }

    /** The case file for {@code request}, assessed today by {@code assessor} under {@code profile}. */
    public static String caseFile(JsonNode request, String profile, LocalDate today, Assessor assessor) {
        TestCase asked = TestCase.toAssess(PLACEHOLDER_NAME, PLACEHOLDER_STORY, profile, today, request);
        Assessment assessment = CaseRunner.forAssessor(assessor).assess(asked);
        AssessmentIndex index = new AssessmentIndex(assessment);
        // The guidance the case tests: that of the rules behind its settled answers, not of every rule still waiting for a fact.
        TreeSet<String> guidance = new TreeSet<>();
        index.entries().values().stream().filter(entry -> !"UNDETERMINED".equals(entry.outcome()))
                .flatMap(entry -> entry.ruleIds().stream()).distinct()
                .forEach(id -> assessor.ruleSet().ruleById(id).ifPresent(rule -> guidance.addAll(rule.guidance())));
        // Every answer, due dates included ("deadlines.panel-notification: 2026-10-20 EXPECTED"), as it stands today.
        Map<String, String> output = new LinkedHashMap<>();
        index.entries().forEach((key, entry) -> output.put(key, entry.text()));
        return write(new TestCase(PLACEHOLDER_NAME, PLACEHOLDER_STORY, List.copyOf(guidance), profile, today, request, output,
                List.of(), List.of(), List.of(), List.of(), Map.of()));
    }

    /** A case as a case file reads it: name, story, guidance, profile (unless national), assessedOn, input, output, rules, questions. */
    public static String write(TestCase testCase) {
        ObjectNode file = YAML.createObjectNode();
        file.put("name", testCase.name());
        file.put("story", testCase.story());
        testCase.guidance().forEach(file.putArray("guidance")::add);
        if (!"national".equals(testCase.profile())) {
            file.put("profile", testCase.profile());
        }
        if (testCase.assessedOn() != null) {
            file.put("assessedOn", testCase.assessedOn().toString());
        }
        file.set("input", testCase.input());
        ObjectNode output = file.putObject("output");
        testCase.output().forEach(output::put);
        Map<String, List<String>> lists = new LinkedHashMap<>();
        lists.put("rules", testCase.rules());
        lists.put("questions", testCase.questions());
        lists.put("rulesAbsent", testCase.rulesAbsent());
        lists.put("questionsAbsent", testCase.questionsAbsent());
        lists.forEach((field, values) -> {
            if (!values.isEmpty()) {
                values.forEach(file.putArray(field)::add);
            }
        });
        try {
            return YAML.writeValueAsString(file);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
