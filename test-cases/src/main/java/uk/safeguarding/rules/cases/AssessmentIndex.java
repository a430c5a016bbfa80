package uk.safeguarding.rules.cases;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.safeguarding.rules.assessment.Assessment;
import uk.safeguarding.rules.assessment.ItemView;
import uk.safeguarding.rules.assessment.ReasonView;
import uk.safeguarding.rules.assessment.Verdict;

/**
 * An assessment flattened to keys a case file can name: "seriousCase", "localReview.iii", "findings.careLeaver",
 * "findings.abuseOrNeglectKnownOrSuspected.A2", "harmClassification.panelQuestions.4", and each deadline as
 * "deadlines.panel-notification" with its due date in place of an outcome ("2026-12-30 EXPECTED"), and a deadline's
 * warning as "deadlines.rapid-review-outcome-to-panel.warning: YES". Each key maps to its outcome (with basis) and the
 * rule ids of its reasons; all rule ids of the assessment are collected too.
 */
public final class AssessmentIndex {

    /** What a deadline shows in place of a date when the date it counts from is not given. */
    public static final String NO_DATE = "NO_DATE";

    /** One answer in the assessment: "YES DUTY", and the ids of the rules behind it. */
    public record Entry(String outcome, String basis, List<String> ruleIds) {

        public String text() {
            return basis == null ? outcome : outcome + " " + basis;
        }
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Set<String> ruleIds = new LinkedHashSet<>();

    public AssessmentIndex(Assessment assessment) {
        assessment.verdicts().forEach((key, verdict) -> add(key, verdict));
        assessment.findings().forEach((key, finding) -> add("findings." + key, finding));
        assessment.harmClassification().forEach((group, items) -> items(("harmClassification." + group), items));
        assessment.deadlines().forEach(deadline -> {
            List<String> appliedBy = deadline.appliedBy() == null ? List.of() : List.of(deadline.appliedBy());
            ruleIds.addAll(appliedBy);
            entries.put("deadlines." + deadline.id(), new Entry(deadline.due() == null ? NO_DATE : deadline.due().toString(),
                    deadline.basis() == null ? null : deadline.basis().name(), appliedBy));
            if (deadline.warning() != null) {
                entries.put("deadlines." + deadline.id() + ".warning", new Entry("YES", null, appliedBy));
            }
        });
    }

    public Map<String, Entry> entries() {
        return entries;
    }

    public Optional<Entry> entry(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    public Set<String> ruleIds() {
        return ruleIds;
    }

    private void add(String key, Verdict verdict) {
        entries.put(key, new Entry(verdict.outcome().name(), verdict.basis().name(), ids(verdict.reasons())));
        ids(verdict.notes());
        items(key, verdict.details());
    }

    private void items(String prefix, List<ItemView> items) {
        for (ItemView item : items) {
            entries.put(prefix + "." + item.item(), new Entry(item.outcome().name(), item.basis().name(), ids(item.reasons())));
        }
    }

    private List<String> ids(List<ReasonView> reasons) {
        List<String> ids = reasons.stream().map(ReasonView::ruleId).distinct().toList();
        ruleIds.addAll(ids);
        return ids;
    }
}
