package uk.safeguarding.rules.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.safeguarding.rules.model.SafeguardingCase;

/**
 * Reads a case from a request or a case file: checks every field, normalises lenient spellings, binds the records and
 * checks the facts are possible together. Either returns a case or throws {@link InvalidCaseException} listing every
 * problem found, each with its field; the input itself is never echoed into logs.
 */
public final class CaseReader {

    private final ObjectMapper mapper;
    private final Clock clock;

    public CaseReader(Clock clock) {
        this.mapper = Json.mapper();
        this.clock = clock;
    }

    public SafeguardingCase read(String json) {
        try {
            return read(mapper.readTree(json));
        } catch (JsonProcessingException malformed) {
            throw new InvalidCaseException(List.of(new FieldError("(body)", "is not valid JSON: "
                    + malformed.getOriginalMessage() + " (line " + malformed.getLocation().getLineNr()
                    + ", column " + malformed.getLocation().getColumnNr() + ")")));
        }
    }

    public SafeguardingCase read(JsonNode tree) {
        List<FieldError> errors = new ArrayList<>();
        if (tree == null || tree.isNull() || tree.isMissingNode()) {
            throw new InvalidCaseException(List.of(new FieldError("(body)", "is empty; send the case as a JSON object")));
        }
        JsonNode normalised = TreeCheck.record(tree, SafeguardingCase.class, "", errors);
        JsonNode outcome = tree.path("incident").path("outcome");
        if (errors.isEmpty() && (outcome.isMissingNode() || outcome.isNull())) {
            errors.add(new FieldError("incident.outcome", "is required: say DIED, HARMED, NEAR_MISS, or UNKNOWN if it is not yet known"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidCaseException(errors);
        }
        SafeguardingCase safeguardingCase;
        try {
            safeguardingCase = mapper.treeToValue(normalised, SafeguardingCase.class);
        } catch (JsonProcessingException unexpected) {
            throw new InvalidCaseException(List.of(new FieldError("(body)", unexpected.getOriginalMessage())));
        }
        errors.addAll(CaseChecks.check(safeguardingCase, LocalDate.now(clock)));
        if (!errors.isEmpty()) {
            throw new InvalidCaseException(errors);
        }
        return safeguardingCase;
    }
}
