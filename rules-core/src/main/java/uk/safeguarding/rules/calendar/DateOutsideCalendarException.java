package uk.safeguarding.rules.calendar;

import java.time.LocalDate;

/** A working-day calculation reached a date the bank-holiday file does not cover: it refuses rather than guesses. */
public class DateOutsideCalendarException extends RuntimeException {

    private final LocalDate date;

    public DateOutsideCalendarException(LocalDate date, LocalDate coversFrom, LocalDate coversTo, String source) {
        super(date + " is outside the bank-holiday calendar, which covers " + coversFrom + " to " + coversTo
                + "; update " + source);
        this.date = date;
    }

    public LocalDate date() {
        return date;
    }
}
