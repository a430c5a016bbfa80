package uk.safeguarding.rules.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The thresholds in parameters/thresholds.yaml, each a series of values dated by when they took effect. Answers "the
 * thresholds in force on this date", so a case is judged by the guidance as it stood on its own date, never by the
 * server's clock. Loaded once; immutable.
 */
public final class ThresholdsTable {

    private static final String RESOURCE = "parameters/thresholds.yaml";

    private final Map<String, NavigableMap<LocalDate, JsonNode>> values;

    private ThresholdsTable(Map<String, NavigableMap<LocalDate, JsonNode>> values) {
        this.values = values;
    }

    public static ThresholdsTable load() {
        try (InputStream in = ThresholdsTable.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            JsonNode file = new ObjectMapper(new YAMLFactory()).readTree(in);
            Map<String, NavigableMap<LocalDate, JsonNode>> values = new java.util.HashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = file.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> parameter = it.next();
                NavigableMap<LocalDate, JsonNode> dated = new TreeMap<>();
                parameter.getValue().path("values").fields()
                        .forEachRemaining(v -> dated.put(LocalDate.parse(v.getKey()), v.getValue()));
                if (dated.isEmpty()) {
                    throw new IllegalStateException(RESOURCE + ": " + parameter.getKey() + " has no dated values");
                }
                values.put(parameter.getKey(), dated);
            }
            Arrays.stream(Thresholds.class.getRecordComponents()).map(RecordComponent::getName)
                    .filter(name -> !values.containsKey(name)).findFirst().ifPresent(name -> {
                        throw new IllegalStateException(RESOURCE + " has no values for " + name);
                    });
            return new ThresholdsTable(Map.copyOf(values));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** The earliest date on which every threshold has a value: cases before it are outside these rules. */
    public LocalDate earliestDate() {
        return values.values().stream().map(NavigableMap::firstKey).max(LocalDate::compareTo).orElseThrow();
    }

    /** The thresholds in force on {@code date}; with no date, the latest values. */
    public Thresholds on(LocalDate date) {
        return new Thresholds(
                value("childAgeLimit", date).asInt(),
                value("careLeaverAgeLimit", date).asInt(),
                value("careLeaverMinimumWeeks", date).asDouble(),
                value("careLeaverCareStartAge", date).asInt(),
                value("careLeaverCareEndAge", date).asInt(),
                value("careLeaverDeathNotificationExpected", date).asBoolean(),
                value("domesticHomicideReviewMinimumAge", date).asInt(),
                value("childrenPerNotification", date).asInt());
    }

    private JsonNode value(String name, LocalDate date) {
        NavigableMap<LocalDate, JsonNode> dated = values.get(name);
        if (date == null) {
            return dated.lastEntry().getValue();
        }
        Map.Entry<LocalDate, JsonNode> inForce = dated.floorEntry(date);
        if (inForce == null) {
            throw new IllegalArgumentException("No value of " + name + " was in force on " + date + "; the earliest is from "
                    + dated.firstKey() + " (" + RESOURCE + ")");
        }
        return inForce.getValue();
    }
}
