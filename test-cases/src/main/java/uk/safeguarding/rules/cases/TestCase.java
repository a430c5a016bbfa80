package uk.safeguarding.rules.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One anonymised case from the regression corpus and what the rules must say about it.
 *
 * @param name       a sentence saying what the case shows
 * @param story      the case in a few sentences, for people
 * @param guidance   the guidance statements the case tests
 * @param profile    the rule profile to assess it under ("national" unless a local profile is named)
 * @param assessedOn the day the case is assessed on (dates after it are rejected as future); null for the run's day
 * @param input      the case, exactly as a request would send it
 * @param output     expected outcomes: "seriousCase: YES", "rapidReview: YES DUTY", "localReview.iii: YES",
 *                   "findings.careLeaver: NO", "harmClassification.panelQuestions.4: YES", or ABSENT; a deadline's
 *                   date and basis as "deadlines.panel-notification: 2026-12-30 EXPECTED"
 * @param rules      rule ids that must be among the reasons, notes and deadlines
 * @param questions  facts that must be among the open questions
 * @param rulesAbsent     rule ids that must not be among them: a near miss shows where a rule stops applying
 * @param questionsAbsent facts that must not be asked
 * @param deadlines  due dates by timescale id
 */
public record TestCase(String name, String story, List<String> guidance, String profile, LocalDate assessedOn,
                       JsonNode input, Map<String, String> output, List<String> rules, List<String> questions,
                       List<String> rulesAbsent, List<String> questionsAbsent, Map<String, LocalDate> deadlines) {

    public TestCase {
        guidance = List.copyOf(guidance);
        output = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(output));
        rules = List.copyOf(rules);
        questions = List.copyOf(questions);
        rulesAbsent = List.copyOf(rulesAbsent);
        questionsAbsent = List.copyOf(questionsAbsent);
        deadlines = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(deadlines));
    }

    /** A case to assess, with nothing expected yet: for recording a request or trying a near miss. */
    public static TestCase toAssess(String name, String story, String profile, LocalDate assessedOn, JsonNode input) {
        return new TestCase(name, story, List.of(), profile, assessedOn, input, Map.of(), List.of(), List.of(), List.of(), List.of(), Map.of());
    }
}
