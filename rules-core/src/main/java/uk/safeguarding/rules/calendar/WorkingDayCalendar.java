package uk.safeguarding.rules.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Working days in England and Wales: Monday to Friday, not a bank holiday. Bank holidays come from a file in
 * GOV.UK's own format (https://www.gov.uk/bank-holidays.json), so it can be replaced by a newer download without a
 * code change. A calculation that reaches a date outside the years the file covers fails rather than guesses.
 * Immutable; shared by every evaluation.
 */
public final class WorkingDayCalendar {

    static final String RESOURCE = "calendar/england-and-wales-bank-holidays.json";
    private static final String DIVISION = "england-and-wales";

    private final Map<LocalDate, String> bankHolidays;
    private final LocalDate coversFrom;
    private final LocalDate coversTo;
    private final String source;

    private WorkingDayCalendar(Map<LocalDate, String> bankHolidays, String source) {
        this.bankHolidays = Map.copyOf(bankHolidays);
        TreeMap<LocalDate, String> sorted = new TreeMap<>(bankHolidays);
        this.coversFrom = sorted.firstKey().withDayOfYear(1);
        this.coversTo = sorted.lastKey().withMonth(12).withDayOfMonth(31);
        this.source = source;
    }

    /** The bank holidays shipped with the library. */
    public static WorkingDayCalendar englandAndWales() {
        try (InputStream in = WorkingDayCalendar.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return parse(in.readAllBytes(), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A replacement bank-holiday file, such as a newer download from GOV.UK. */
    public static WorkingDayCalendar fromFile(Path file) {
        try {
            return parse(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the bank-holiday file " + file + ": " + e.getMessage(), e);
        }
    }

    private static WorkingDayCalendar parse(byte[] json, String source) {
        JsonNode events;
        try {
            events = new ObjectMapper().readTree(json).path(DIVISION).path("events");
        } catch (IOException e) {
            throw new IllegalArgumentException("The bank-holiday file " + source + " is not valid JSON: " + e.getMessage(), e);
        }
        if (!events.isArray() || events.isEmpty()) {
            throw new IllegalArgumentException("The bank-holiday file " + source + " has no \"" + DIVISION
                    + "\".\"events\" list (expected GOV.UK's bank-holidays.json format)");
        }
        Map<LocalDate, String> holidays = new TreeMap<>();
        for (JsonNode event : events) {
            String date = event.path("date").asText();
            try {
                String title = event.path("title").asText(date);
                String notes = event.path("notes").asText("");
                holidays.put(LocalDate.parse(date), notes.isBlank() ? title : title + " (" + notes.toLowerCase() + ")");
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("The bank-holiday file " + source + " has an event whose date \"" + date
                        + "\" is not a date (YYYY-MM-DD)", e);
            }
        }
        return new WorkingDayCalendar(holidays, source);
    }

    public LocalDate coversFrom() {
        return coversFrom;
    }

    public LocalDate coversTo() {
        return coversTo;
    }

    public boolean isWorkingDay(LocalDate date) {
        requireCovered(date);
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !bankHolidays.containsKey(date);
    }

    /** The bank holiday on a date, with its title, if there is one. */
    public Optional<String> bankHoliday(LocalDate date) {
        requireCovered(date);
        return Optional.ofNullable(bankHolidays.get(date));
    }

    /** The n-th working day after day zero; day zero is the anchor date itself, whatever day it falls on. */
    public LocalDate addWorkingDays(LocalDate dayZero, int n) {
        return step(dayZero, n, 1);
    }

    /** The n-th working day before a date. */
    public LocalDate subtractWorkingDays(LocalDate date, int n) {
        return step(date, n, -1);
    }

    /** How many working days fall after one date, up to and including a later one: 1 from a Friday to the next Monday. */
    public int workingDaysAfter(LocalDate from, LocalDate upTo) {
        requireCovered(from);
        requireCovered(upTo);
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(upTo); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** The bank holidays falling on weekdays strictly between two dates, in order. */
    public List<LocalDate> bankHolidaysBetween(LocalDate from, LocalDate to) {
        LocalDate start = from.isBefore(to) ? from : to;
        LocalDate end = from.isBefore(to) ? to : from;
        List<LocalDate> skipped = new ArrayList<>();
        for (LocalDate day = start.plusDays(1); day.isBefore(end); day = day.plusDays(1)) {
            if (bankHoliday(day).isPresent()) {
                skipped.add(day);
            }
        }
        return skipped;
    }

    private LocalDate step(LocalDate from, int n, int direction) {
        if (n < 0) {
            throw new IllegalArgumentException("a number of working days cannot be negative: " + n);
        }
        requireCovered(from);
        LocalDate day = from;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(direction);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    private void requireCovered(LocalDate date) {
        if (date.isBefore(coversFrom) || date.isAfter(coversTo)) {
            throw new DateOutsideCalendarException(date, coversFrom, coversTo, source);
        }
    }
}
