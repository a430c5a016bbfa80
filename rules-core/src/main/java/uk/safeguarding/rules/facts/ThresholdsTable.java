package uk.safeguarding.rules.facts;

import com.fasterxml.jackson.databind.JsonNode;
import uk.safeguarding.rules.model.Answer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import uk.safeguarding.rules.parameters.DatedValues;

/**
 * The thresholds in parameters/thresholds.yaml, each dated by when it took effect, so a case is judged by the guidance
 * as it stood on its own date, never by the server's clock. Loaded once; immutable.
 */
public final class ThresholdsTable {

    private static final String RESOURCE = "parameters/thresholds.yaml";

    private final Map<String, DatedValues<JsonNode>> values;

    private ThresholdsTable(Map<String, DatedValues<JsonNode>> values) {
        this.values = values;
    }

    public static ThresholdsTable load() {
        try (InputStream in = ThresholdsTable.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            JsonNode file = new ObjectMapper(new YAMLFactory()).readTree(in);
            Map<String, DatedValues<JsonNode>> values = new HashMap<>();
            file.fields().forEachRemaining(parameter -> values.put(parameter.getKey(),
                    DatedValues.read(RESOURCE + ": " + parameter.getKey(), parameter.getValue().get("values"), v -> v)));
            for (RecordComponent threshold : Thresholds.class.getRecordComponents()) {
                if (!values.containsKey(threshold.getName())) {
                    throw new IllegalStateException(RESOURCE + " has no values for " + threshold.getName());
                }
            }
            return new ThresholdsTable(Map.copyOf(values));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** The earliest date on which every threshold has a value: cases before it are outside these rules. */
    public LocalDate earliestDate() {
        return values.values().stream().map(DatedValues::firstEffective).max(LocalDate::compareTo).orElseThrow();
    }

    /** The thresholds in force on {@code date}; with no date, the latest values. */
    public Thresholds on(LocalDate date) {
        return new Thresholds(
                value("childAgeLimit", date).asInt(),
                value("careLeaverAgeLimit", date).asInt(),
                value("careLeaverMinimumWeeks", date).asDouble(),
                value("careLeaverCareStartAge", date).asInt(),
                value("careLeaverCareEndAge", date).asInt(),
                uncertainOrAnswer(value("careLeaverDeathNotificationExpected", date)),
                value("domesticHomicideReviewMinimumAge", date).asInt(),
                value("childrenPerNotification", date).asInt());
    }

    /** A yes/no threshold that may be "uncertain" where the sources disagree about when it took effect. */
    private static Answer uncertainOrAnswer(JsonNode value) {
        if (value.isBoolean()) {
            return value.asBoolean() ? Answer.YES : Answer.NO;
        }
        if ("uncertain".equals(value.asText())) {
            return Answer.UNKNOWN;
        }
        throw new IllegalStateException(RESOURCE + ": \"" + value.asText() + "\" is not true, false or uncertain");
    }

    private JsonNode value(String name, LocalDate date) {
        return values.get(name).on(date);
    }
}
