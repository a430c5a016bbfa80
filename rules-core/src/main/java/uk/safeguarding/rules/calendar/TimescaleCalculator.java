package uk.safeguarding.rules.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import uk.safeguarding.rules.assessment.Deadline;
import uk.safeguarding.rules.assessment.DeadlinePlanner;
import uk.safeguarding.rules.conclusion.Words;
import uk.safeguarding.rules.model.SafeguardingCase;
import uk.safeguarding.rules.parameters.DatedValues;

/**
 * Works out due dates from a case's own dates, in England and Wales working days, and says how in a sentence.
 * Thread-safe: the calendar and the definitions are immutable.
 */
public final class TimescaleCalculator implements DeadlinePlanner {

    private static final int HOURS_PER_DAY = 24;

    private final WorkingDayCalendar calendar;
    private final Timescales timescales;

    public TimescaleCalculator(WorkingDayCalendar calendar, Timescales timescales) {
        this.calendar = calendar;
        this.timescales = timescales;
    }

    public Timescales timescales() {
        return timescales;
    }

    @Override
    public Deadline plan(String timescaleId, SafeguardingCase safeguardingCase, LocalDate assessedOn, String verdict,
                         Deadline.Status status) {
        CaseDates dates = CaseDates.of(safeguardingCase);
        return standing(plan(timescaleId, dates, verdict, status), timescales.get(timescaleId), dates, assessedOn);
    }

    /**
     * How a deadline stands on the day of the assessment: DONE when the case gives the date that records it taken; else,
     * once its due date has passed, the working days late (and OVERDUE when the action certainly applies). A meeting
     * date later than the day of the assessment is arranged, not late.
     */
    private Deadline standing(Deadline deadline, Timescale timescale, CaseDates dates, LocalDate assessedOn) {
        LocalDate recorded = timescale.doneOn() == null ? null : dates.get(timescale.doneOn());
        if (recorded != null) {
            return recorded.isAfter(assessedOn) ? deadline : deadline.standing(Deadline.Status.DONE, recorded, null);
        }
        if (deadline.due() == null || !deadline.due().isBefore(assessedOn)) {
            return deadline;
        }
        Deadline.Status status = deadline.status() == Deadline.Status.DUE ? Deadline.Status.OVERDUE : deadline.status();
        return deadline.standing(status, null, calendar.workingDaysAfter(deadline.due(), assessedOn));
    }

    /** Every timescale from the dates given, as the timescales-only request asks. */
    public List<Deadline> all(CaseDates dates) {
        return timescales.all().stream().map(t -> plan(t.id(), dates, null, Deadline.Status.DUE)).toList();
    }

    public Deadline plan(String timescaleId, CaseDates dates, String verdict, Deadline.Status status) {
        Timescale timescale = timescales.get(timescaleId);
        Anchored anchored = anchor(timescale, timescale.anchor(), dates);
        String fallbackNote = "";
        for (Timescale.Start fallbackStart : timescale.fallbacks()) {
            Anchored fallback = anchored.date() == null ? anchor(timescale, fallbackStart, dates) : null;
            if (fallback != null && fallback.date() != null) {
                fallbackNote = " The " + anchored.what() + " was not given, so this counts from the " + fallback.what() + " instead.";
                anchored = fallback;
            }
        }
        if (anchored.date() == null) {
            return deadline(timescale, verdict, status, null, null, anchored,
                    "Give the " + anchored.what() + " (" + anchored.field() + ") to work this out.", null);
        }
        try {
            int count = timescale.count().on(anchored.date());
            LocalDate due = switch (timescale.unit()) {
                case WORKING_DAYS_AFTER -> calendar.addWorkingDays(anchored.date(), count - timescale.firstDay());
                case WORKING_DAYS_BEFORE -> calendar.subtractWorkingDays(anchored.date(), count);
                case CALENDAR_MONTHS_AFTER -> anchored.date().plusMonths(count);
                case HOURS_AFTER -> anchored.date().plusDays((count + HOURS_PER_DAY - 1) / HOURS_PER_DAY);
            };
            LocalDate earliest = timescale.windowStart() == null ? null
                    : calendar.addWorkingDays(anchored.date(), timescale.windowStart().on(anchored.date()) - timescale.firstDay());
            String explanation = explain(timescale, count, anchored, due, earliest) + fallbackNote + (timescale.firstDay() == 1
                    ? " Local numbering: the " + anchored.what() + " is day 1, so day " + count + " is " + (count - 1) + " working days after it." : "");
            LocalDate latest = latestInTimeForNextStep(timescale, dates);
            if (latest != null && due.isAfter(latest)) {
                Timescale next = timescales.get(timescale.endsInTimeFor());
                explanation += " Brought forward to " + Words.day(latest) + " so that the next step (\"" + next.action()
                        + "\") can still meet the due date of \"" + timescales.get(next.mustMeet()).action()
                        + "\": the step timescales are indicative, and are adapted to complete the Rapid Review in time (West Midlands toolkit 4.2.3).";
                due = latest;
                if (earliest != null && earliest.isAfter(latest)) {
                    explanation += " The window would open only after that date, so the Rapid Review cannot be completed in time at this pace.";
                    earliest = latest;
                }
            }
            return deadline(timescale, verdict, status, due, earliest, anchored, explanation, warning(timescale, dates, due));
        } catch (DateOutsideCalendarException beyond) {
            throw beyond.field() == null ? beyond.countingFrom(anchored.field()) : beyond;
        } catch (DatedValues.NoValueInForceException before) {
            // A local timescale dated after this case's date: the same answer as a date beyond the calendar, so an
            // assessment shows the deadline as not worked out and a timescales request names the field.
            throw new DateOutsideCalendarException(before.date(), anchored.field(), before.getMessage());
        }
    }

    /** For a step that must leave time for the next one, the last day it can fall on; null when not so or not known. */
    private LocalDate latestInTimeForNextStep(Timescale timescale, CaseDates dates) {
        if (timescale.endsInTimeFor() == null) {
            return null;
        }
        Timescale next = timescales.get(timescale.endsInTimeFor());
        LocalDate finalDue = plan(next.mustMeet(), dates, null, Deadline.Status.DUE).due();
        return finalDue == null ? null : calendar.subtractWorkingDays(finalDue, next.count().on(finalDue));
    }

    /** Why this step, as planned or as counted, is late: past the deadline it must meet, or planned after its due date. */
    private String warning(Timescale timescale, CaseDates dates, LocalDate due) {
        LocalDate planned = timescale.plannedOn() == null ? null : dates.get(timescale.plannedOn());
        if (planned != null && planned.isAfter(due)) {
            return "Planned for " + Words.day(planned) + ", after the due date (" + Words.day(due) + "): " + timescale.ifLate();
        }
        if (timescale.mustMeet() != null) {
            Deadline limit = plan(timescale.mustMeet(), dates, null, Deadline.Status.DUE);
            if (limit.due() != null && due.isAfter(limit.due())) {
                return "Due after the date for \"" + limit.action() + "\" (" + Words.day(limit.due()) + "), which this step must meet: "
                        + "on these dates the Rapid Review cannot be completed in time; record why and tell the Panel.";
            }
        }
        return null;
    }

    /** A deadline whose date cannot be worked out, with the reason in place of the explanation. */
    public Deadline notWorkedOut(String timescaleId, String verdict, Deadline.Status status, String why) {
        Timescale timescale = timescales.get(timescaleId);
        return deadline(timescale, verdict, status, null, null, new Anchored(timescale.anchor().toString(), null, null, null), why, null);
    }

    /** @param what the date in words, without an article: "date the local authority became aware" */
    private record Anchored(String name, LocalDate date, String what, String field) {
    }

    private Anchored anchor(Timescale timescale, Timescale.Start start, CaseDates dates) {
        if (start.date() != null) {
            return new Anchored(start.date().name(), dates.get(start.date()), start.date().date(), start.date().field());
        }
        Timescale earlier = timescales.get(start.dueOf());
        Deadline due = plan(earlier.id(), dates, null, Deadline.Status.DUE);
        return new Anchored("due:" + earlier.id(), due.due(), "due date of \"" + earlier.action() + "\"",
                earlier.anchor().date() == null ? "the dates it needs" : earlier.anchor().date().field());
    }

    private String explain(Timescale timescale, int count, Anchored anchored, LocalDate due, LocalDate earliest) {
        String from = "the " + anchored.what() + ", " + Words.day(anchored.date());
        return switch (timescale.unit()) {
            case WORKING_DAYS_AFTER -> (earliest == null
                    ? (count - timescale.firstDay()) + " working days after " + from
                    : "Between " + (timescale.windowStart().on(anchored.date()) - timescale.firstDay()) + " and "
                            + (count - timescale.firstDay()) + " working days after " + from
                            + ": from " + Words.day(earliest) + " to " + Words.day(due))
                    + skipping(anchored.date(), due) + ".";
            case WORKING_DAYS_BEFORE -> count + " working days before " + from + skipping(due, anchored.date()) + ".";
            case CALENDAR_MONTHS_AFTER -> count + " months after " + from + ".";
            case HOURS_AFTER -> count + " hours after " + from + "; shown as a date (" + Words.day(due)
                    + ") because the case gives dates, not times.";
        };
    }

    private String skipping(LocalDate from, LocalDate to) {
        List<LocalDate> holidays = calendar.bankHolidaysBetween(from, to);
        if (holidays.isEmpty()) {
            return "";
        }
        return ", skipping " + holidays.stream()
                .map(day -> calendar.bankHoliday(day).orElseThrow() + " (" + Words.day(day) + ")")
                .collect(Collectors.joining(" and "));
    }

    private static Deadline deadline(Timescale timescale, String verdict, Deadline.Status status, LocalDate due,
                                     LocalDate earliest, Anchored anchored, String explanation, String warning) {
        return new Deadline(timescale.id(), timescale.action(), verdict, status, due, earliest, anchored.name(),
                anchored.date(), explanation, timescale.basis(), timescale.guidance(), timescale.citation(),
                timescale.scope(), null, null, null, warning);
    }
}
