package uk.safeguarding.rules.parameters;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A parameter's values, each dated by when it took effect (OpenFisca-style). Answers "the value in force on this date",
 * so a case is judged by the guidance as it stood on the case's own dates, never by the server's clock.
 */
public final class DatedValues<T> {

    private final String name;
    private final NavigableMap<LocalDate, T> values;

    private DatedValues(String name, NavigableMap<LocalDate, T> values) {
        this.name = name;
        this.values = values;
    }

    /**
     * Reads a YAML mapping of effective date to value ({@code 2018-06-29: 5}).
     *
     * @param name what the values are of, for error messages ("timescales.yaml: panel-notification.count")
     */
    public static <T> DatedValues<T> read(String name, JsonNode mapping, Function<JsonNode, T> value) {
        if (mapping == null || !mapping.isObject() || mapping.isEmpty()) {
            throw new IllegalArgumentException(name + " needs at least one value dated by when it took effect, such as 2018-06-29: 5");
        }
        NavigableMap<LocalDate, T> values = new TreeMap<>();
        mapping.fields().forEachRemaining(entry -> values.put(date(name, entry.getKey()), value.apply(entry.getValue())));
        return new DatedValues<>(name, values);
    }

    /** The value in force on {@code date}; with no date, the latest. */
    public T on(LocalDate date) {
        if (date == null) {
            return values.lastEntry().getValue();
        }
        Map.Entry<LocalDate, T> inForce = values.floorEntry(date);
        if (inForce == null) {
            throw new NoValueInForceException(date, "no value of " + name + " was in force on " + date
                    + "; the earliest took effect on " + values.firstKey());
        }
        return inForce.getValue();
    }

    /** The date the earliest value took effect. */
    public LocalDate firstEffective() {
        return values.firstKey();
    }

    /** A date earlier than every value of a parameter: a case from before the guidance it encodes. */
    public static final class NoValueInForceException extends IllegalArgumentException {

        private final transient LocalDate date;

        NoValueInForceException(LocalDate date, String message) {
            super(message);
            this.date = date;
        }

        public LocalDate date() {
            return date;
        }
    }

    private static LocalDate date(String name, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + ": \"" + text + "\" is not a date (YYYY-MM-DD)");
        }
    }
}
