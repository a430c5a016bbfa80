package uk.safeguarding.rules.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import uk.safeguarding.rules.assessment.Assessment;
import uk.safeguarding.rules.assessment.Deadline;
import uk.safeguarding.rules.engine.RuleSource;

/**
 * What a rule change would move: every case assessed under two rule sets, and each verdict, basis, set of reasons or
 * due date that differs between them. A rule set is its rules and its numbers, so a changed threshold or timescale
 * shows here as the answers and deadlines it moves. This is what a policy officer reads before proposing a change.
 */
public final class RuleSetDiff {

    /** One difference: a key of one case's assessment (such as "rapidReview") and how it reads before and after. */
    public record Change(String caseFile, String caseName, String key, String base, String head) {
    }

    private RuleSetDiff() {
    }

    public static List<Change> compare(List<CaseFile> files, Function<String, RuleSource> base, Function<String, RuleSource> head) {
        List<CaseResult> before = CorpusRun.run(files, base).results();
        List<CaseResult> after = CorpusRun.run(files, head).results();
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            changes.addAll(changes(before.get(i), after.get(i)));
        }
        return changes;
    }

    private static List<Change> changes(CaseResult base, CaseResult head) {
        String file = base.file().name();
        String name = base.name();
        if (base.assessment() == null || head.assessment() == null) {
            String baseText = base.assessment() == null ? "not assessed: " + base.error() : "assessed";
            String headText = head.assessment() == null ? "not assessed: " + head.error() : "assessed";
            return baseText.equals(headText) ? List.of() : List.of(new Change(file, name, "(case)", baseText, headText));
        }
        Map<String, String> before = answers(base.assessment());
        Map<String, String> after = answers(head.assessment());
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<Change> changes = new ArrayList<>();
        for (String key : keys) {
            String wasText = before.getOrDefault(key, CaseRunner.ABSENT);
            String isText = after.getOrDefault(key, CaseRunner.ABSENT);
            if (!wasText.equals(isText)) {
                changes.add(new Change(file, name, key, wasText, isText));
            }
        }
        return changes;
    }

    /** Each answer of an assessment as it reads in a diff, deadlines included ("deadlines.panel-notification"). */
    private static Map<String, String> answers(Assessment assessment) {
        Map<String, String> answers = new LinkedHashMap<>();
        new AssessmentIndex(assessment).entries().forEach((key, entry) ->
                answers.put(key, entry.text() + " because " + String.join(", ", entry.ruleIds())));
        for (Deadline deadline : assessment.deadlines()) {
            answers.put("deadlines." + deadline.id(), (deadline.due() == null ? "no date" : "due " + deadline.due())
                    + " " + deadline.basis() + " " + deadline.status());
        }
        return answers;
    }
}
