package uk.safeguarding.rules.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import uk.safeguarding.rules.model.SafeguardingCase;

/**
 * Reads a case from a request or a case file: checks every field, normalises lenient spellings, binds the records and
 * checks the facts are possible together. Either returns a case or throws {@link InvalidCaseException} listing every
 * problem found, each with its field; the input itself is never echoed into logs.
 */
public final class CaseReader {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final Clock clock;

    public CaseReader(Clock clock) {
        this.clock = clock;
    }

    public SafeguardingCase read(String json) {
        return read(RecordReader.parse(json));
    }

    public SafeguardingCase read(JsonNode tree) {
        SafeguardingCase safeguardingCase = RecordReader.read(tree, SafeguardingCase.class);
        List<FieldError> errors = new ArrayList<>();
        JsonNode outcome = tree.path("incident").path("outcome");
        if (outcome.isMissingNode() || outcome.isNull()) {
            errors.add(new FieldError("incident.outcome", "is required: say DIED, HARMED, NEAR_MISS, or UNKNOWN if it is not yet known"));
        }
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        if (safeguardingCase.assessedOn() != null && safeguardingCase.assessedOn().isAfter(today)) {
            errors.add(new FieldError("assessedOn", "is in the future (" + safeguardingCase.assessedOn() + "); today is " + today));
        }
        LocalDate assessedOn = safeguardingCase.dayOfAssessment(clock);
        errors.addAll(CaseChecks.check(safeguardingCase, assessedOn));
        if (!errors.isEmpty()) {
            throw new InvalidCaseException(errors);
        }
        // The day every date was checked against is the day the deadlines are judged on.
        return safeguardingCase.assessedOn(assessedOn);
    }
}
