package uk.safeguarding.rules.calendar;

import java.util.List;
import uk.safeguarding.rules.conclusion.Basis;
import uk.safeguarding.rules.parameters.DatedValues;

/**
 * One timescale as the parameter files define it.
 *
 * @param anchor      what it counts from
 * @param fallback    what it counts from when the anchor's date is not given, or null
 * @param count       how many units, dated by when each number took effect
 * @param windowStart for a window (the Rapid Review meeting), the count at which it opens; otherwise null
 * @param doneOn      the case date that, once given, records the action as taken (the notification date for
 *                    notifying the Panel), or null when the case records no such date
 * @param scope       "national", or the local profile that adds or changes it
 */
public record Timescale(String id, String action, Start anchor, Start fallback, Unit unit, DatedValues<Integer> count,
                        DatedValues<Integer> windowStart, Anchor doneOn, Basis basis, List<String> guidance, String citation,
                        String scope) {

    public Timescale {
        guidance = List.copyOf(guidance);
    }

    public enum Unit { WORKING_DAYS_AFTER, WORKING_DAYS_BEFORE, CALENDAR_MONTHS_AFTER, HOURS_AFTER }

    /** A start point: one of the case's dates, or the due date of another timescale ("due:scoping-template-sent"). */
    public record Start(Anchor date, String dueOf) {

        public static Start parse(String text) {
            if (text.startsWith("due:")) {
                return new Start(null, text.substring("due:".length()).trim());
            }
            return new Start(Anchor.valueOf(text.trim()), null);
        }

        @Override
        public String toString() {
            return date != null ? date.name() : "due:" + dueOf;
        }
    }

    Timescale withStart(Start newAnchor, Start newFallback, String newScope) {
        return new Timescale(id, action, newAnchor, newFallback, unit, count, windowStart, doneOn, basis, guidance, citation, newScope);
    }
}
