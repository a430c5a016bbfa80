package uk.safeguarding.rules.calendar;

import java.time.LocalDate;

/**
 * A due date that cannot be worked out for a date: one the bank-holiday file does not cover, or one before the
 * timescale took effect. It refuses rather than guesses.
 */
public class DateOutsideCalendarException extends RuntimeException {

    private final LocalDate date;
    private final String field;

    public DateOutsideCalendarException(LocalDate date, LocalDate coversFrom, LocalDate coversTo, String source) {
        this(date, null, date + " is outside the bank-holiday calendar, which covers " + coversFrom + " to " + coversTo
                + "; update " + source);
    }

    DateOutsideCalendarException(LocalDate date, String field, String message) {
        super(message);
        this.date = date;
        this.field = field;
    }

    public LocalDate date() {
        return date;
    }

    /** The case date the calculation counted from, as a path such as "processDates.plannedPublicationDate", if known. */
    public String field() {
        return field;
    }

    /** The same problem, naming the case date the calculation counted from. */
    DateOutsideCalendarException countingFrom(String anchorField) {
        return new DateOutsideCalendarException(date, anchorField, getMessage());
    }
}
