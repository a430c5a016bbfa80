package uk.safeguarding.rules.calendar;

import java.util.List;
import uk.safeguarding.rules.conclusion.Basis;
import uk.safeguarding.rules.parameters.DatedValues;

/**
 * One timescale as the parameter files define it.
 *
 * @param anchor        what it counts from
 * @param fallbacks     what it counts from when the anchor's date is not given, tried in order; may be empty
 * @param count         how many units, dated by when each number took effect
 * @param windowStart   for a window (the Rapid Review meeting), the count at which it opens; otherwise null
 * @param doneOn        the case date that, once given, records the action as taken (the notification date for
 *                      notifying the Panel), or null when the case records no such date
 * @param scope         "national", or the local profile that adds or changes it
 * @param endsInTimeFor the step that follows this one: its due date is capped so that step can still meet the
 *                      deadline it names in mustMeet; otherwise null
 * @param mustMeet      a deadline this step must not pass: when it does, the deadline says so; otherwise null
 * @param plannedOn     the case date on which this step is planned or done, compared with its due date; or null
 * @param ifLate        what to do when the planned date is after the due date
 * @param firstDay      how the anchor date is numbered: 0 ("within 15 working days of", the national reading) or 1
 *                      (a profile whose flowchart calls the anchor "Day 1", so "by Day 15" is 14 working days after it)
 */
public record Timescale(String id, String action, Start anchor, List<Start> fallbacks, Unit unit, DatedValues<Integer> count,
                        DatedValues<Integer> windowStart, Anchor doneOn, Basis basis, List<String> guidance, String citation,
                        String scope, String endsInTimeFor, String mustMeet, Anchor plannedOn, String ifLate,
                        int firstDay) {

    public Timescale {
        guidance = List.copyOf(guidance);
        fallbacks = List.copyOf(fallbacks);
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

    Timescale withStart(Start newAnchor, List<Start> newFallbacks, int newFirstDay, String newScope) {
        return new Timescale(id, action, newAnchor, newFallbacks, unit, count, windowStart, doneOn, basis, guidance, citation,
                newScope, endsInTimeFor, mustMeet, plannedOn, ifLate, newFirstDay);
    }
}
