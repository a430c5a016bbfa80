package uk.safeguarding.rules.cases;

import java.util.List;

/**
 * One way an assessment differs from what its case file expects.
 *
 * @param what     the verdict key, "rules", "questions" or "deadlines.<id>"
 * @param reasons  the rule ids behind the actual answer, to show why it came out as it did
 */
public record Mismatch(String what, String expected, String actual, List<String> reasons) {

    public Mismatch {
        reasons = List.copyOf(reasons);
    }

    @Override
    public String toString() {
        return what + ": expected " + expected + ", got " + actual + (reasons.isEmpty() ? "" : " (from " + String.join(", ", reasons) + ")");
    }
}
