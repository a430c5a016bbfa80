package uk.safeguarding.rules.facts;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.safeguarding.rules.engine.RuleFile;
import uk.safeguarding.rules.engine.RuleSource;
import uk.safeguarding.rules.model.Answer;
import uk.safeguarding.rules.parameters.DatedValues;
import uk.safeguarding.rules.parameters.ParameterFile;

/**
 * The thresholds in the rule set's parameters/thresholds.yaml, each dated by when it took effect, so a case is judged
 * by the guidance as it stood on its own date, never by the server's clock. Read with the rule files; immutable.
 */
public final class ThresholdsTable {

    /** The one yes/no threshold whose start the sources disagree on, so it may also be "uncertain". */
    private static final String UNCERTAIN_ALLOWED = "careLeaverDeathNotificationExpected";

    private final Map<String, DatedValues<JsonNode>> values;

    private ThresholdsTable(Map<String, DatedValues<JsonNode>> values) {
        this.values = values;
    }

    /** The thresholds among a rule set's files. */
    public static ThresholdsTable read(List<RuleFile> files) {
        ParameterFile file = ParameterFile.required(files, RuleSource.THRESHOLDS, "it holds the ages and durations the rules compare against");
        Map<String, DatedValues<JsonNode>> values = new HashMap<>();
        file.root().fields().forEachRemaining(parameter -> {
            try {
                values.put(parameter.getKey(), DatedValues.read(parameter.getKey(), parameter.getValue().get("values"),
                        parameter.getKey().equals(UNCERTAIN_ALLOWED) ? v -> {
                            uncertainOrAnswer(v);
                            return v;
                        } : v -> v));
            } catch (IllegalArgumentException e) {
                throw file.problem(parameter.getKey(), e.getMessage());
            }
        });
        for (RecordComponent threshold : Thresholds.class.getRecordComponents()) {
            if (!values.containsKey(threshold.getName())) {
                throw file.problem(threshold.getName(), "has no values for " + threshold.getName());
            }
        }
        return new ThresholdsTable(Map.copyOf(values));
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
                uncertainOrAnswer(value(UNCERTAIN_ALLOWED, date)),
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
        throw new IllegalArgumentException("\"" + value.asText() + "\" is not true, false or uncertain");
    }

    private JsonNode value(String name, LocalDate date) {
        return values.get(name).on(date);
    }
}
