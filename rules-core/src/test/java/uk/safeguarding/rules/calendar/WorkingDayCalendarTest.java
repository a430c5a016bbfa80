package uk.safeguarding.rules.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    @Test
    void awareOnMonday21December2026TheFifthWorkingDayIsWednesday30December() {
        assertEquals(LocalDate.of(2026, 12, 30), calendar.addWorkingDays(LocalDate.of(2026, 12, 21), 5));
    }

    @Test
    void fifteenWorkingDaysAcrossChristmasAndNewYearSkipTheSubstituteBoxingDayAndNewYearsDay() {
        // 22,23,24 Dec; 29,30,31 Dec; 4-8 Jan; 11,12,13,14 Jan (25 Dec, 28 Dec and 1 Jan are bank holidays)
        assertEquals(LocalDate.of(2027, 1, 14), calendar.addWorkingDays(LocalDate.of(2026, 12, 21), 15));
        assertEquals(List.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 1)),
                calendar.bankHolidaysBetween(LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 14)));
    }

    @Test
    void christmas2027FallsAtAWeekendSoBothSubstituteDaysAreSkipped() {
        assertFalse(calendar.isWorkingDay(LocalDate.of(2027, 12, 27)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2027, 12, 28)));
        assertEquals(LocalDate.of(2027, 12, 29), calendar.addWorkingDays(LocalDate.of(2027, 12, 24), 1));
    }

    @Test
    void easter2026SkipsGoodFridayAndEasterMonday() {
        // Thursday 2 April 2026: Good Friday 3 April and Easter Monday 6 April are not working days.
        assertEquals(LocalDate.of(2026, 4, 7), calendar.addWorkingDays(LocalDate.of(2026, 4, 2), 1));
        assertEquals(LocalDate.of(2026, 4, 13), calendar.addWorkingDays(LocalDate.of(2026, 4, 2), 5));
    }

    @Test
    void easter2027SkipsGoodFriday26AndEasterMonday29March() {
        assertEquals(LocalDate.of(2027, 3, 30), calendar.addWorkingDays(LocalDate.of(2027, 3, 25), 1));
        assertTrue(calendar.bankHoliday(LocalDate.of(2027, 3, 26)).orElseThrow().contains("Good Friday"));
    }

    @Test
    void dayZeroCanBeAWeekendOrABankHoliday() {
        assertEquals(LocalDate.of(2026, 3, 9), calendar.addWorkingDays(LocalDate.of(2026, 3, 7), 1), "from a Saturday");
        assertEquals(LocalDate.of(2026, 12, 29), calendar.addWorkingDays(LocalDate.of(2026, 12, 25), 1), "from Christmas Day");
        assertEquals(LocalDate.of(2026, 3, 7), calendar.addWorkingDays(LocalDate.of(2026, 3, 7), 0));
    }

    @Test
    void sevenWorkingDaysBeforeAPublicationDateSkipTheSpringBankHoliday() {
        // Publication Tuesday 2 June 2026: back over 1 Jun, 29, 28, 27, 26 May, (25 May bank holiday), 22, 21 May.
        assertEquals(LocalDate.of(2026, 5, 21), calendar.subtractWorkingDays(LocalDate.of(2026, 6, 2), 7));
    }

    @Test
    void aDateBeyondTheBankHolidayFileIsRefusedNotGuessed() {
        DateOutsideCalendarException beyond = assertThrows(DateOutsideCalendarException.class,
                () -> calendar.addWorkingDays(LocalDate.of(2028, 1, 4), 5));
        assertTrue(beyond.getMessage().contains("2028-01-04"), beyond.getMessage());
        assertTrue(beyond.getMessage().contains("2018-01-01 to 2027-12-31"), beyond.getMessage());
        assertThrows(DateOutsideCalendarException.class, () -> calendar.addWorkingDays(LocalDate.of(2027, 12, 30), 5),
                "counting that runs past the last covered day is refused too");
    }

    @Test
    void aReplacementFileInGovUkFormatIsUsedInsteadOfTheShippedOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bank-holidays.json");
        Files.writeString(file, """
                {"england-and-wales": {"division": "england-and-wales", "events": [
                  {"title": "Extra bank holiday", "date": "2030-05-06", "notes": "", "bunting": true}]}}
                """);
        WorkingDayCalendar replacement = WorkingDayCalendar.fromFile(file);
        assertEquals(LocalDate.of(2030, 1, 1), replacement.coversFrom());
        assertEquals(LocalDate.of(2030, 5, 7), replacement.addWorkingDays(LocalDate.of(2030, 5, 3), 1));
    }

    @Test
    void aMalformedBankHolidayFileIsRejectedNamingTheFileAndTheProblem(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"england-and-wales\": {\"events\": [{\"title\": \"x\", \"date\": \"6 May 2030\"}]}}");
        IllegalArgumentException rejected = assertThrows(IllegalArgumentException.class, () -> WorkingDayCalendar.fromFile(file));
        assertTrue(rejected.getMessage().contains(file.toString()), rejected.getMessage());
        assertTrue(rejected.getMessage().contains("6 May 2030"), rejected.getMessage());

        Files.writeString(file, "{\"scotland\": {}}");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> WorkingDayCalendar.fromFile(file))
                .getMessage().contains("england-and-wales"));
    }
}
