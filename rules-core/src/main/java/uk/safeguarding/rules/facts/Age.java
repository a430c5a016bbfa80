package uk.safeguarding.rules.facts;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;

/**
 * The child's age in whole years on the date of the incident, worked out from the date of birth when both dates are
 * given, otherwise the age stated. {@code years} is null when neither is known.
 *
 * <p>Ages and birthdays follow one convention: someone born on 29 February has their birthday on 1 March in years
 * without a 29 February, so they turn 14, 16, 18 or 25 on 1 March, and are one year younger on 28 February.
 *
 * @param from              the case facts the age was taken from, for explanations
 * @param yearsByAwareness  when the incident date is not given, the age on the day the local authority became aware:
 *                          the incident came on or before that day, so the age then was at most this; otherwise null
 */
public record Age(Integer years, List<String> from, Integer yearsByAwareness) {

    public Age {
        from = List.copyOf(from);
    }

    /** The day of the given birthday; for a 29 February birth, 1 March in a year without 29 February. */
    public static LocalDate birthday(LocalDate dateOfBirth, int years) {
        LocalDate birthday = dateOfBirth.plusYears(years);
        boolean leapDayBirth = dateOfBirth.getMonth() == Month.FEBRUARY && dateOfBirth.getDayOfMonth() == 29;
        return leapDayBirth && birthday.getDayOfMonth() != 29 ? birthday.plusDays(1) : birthday;
    }

    /** Whole years of age on a date: the number of birthdays (as {@link #birthday} places them) reached by then. */
    public static int yearsOn(LocalDate dateOfBirth, LocalDate date) {
        int years = date.getYear() - dateOfBirth.getYear();
        return date.isBefore(birthday(dateOfBirth, years)) ? years - 1 : years;
    }
}
