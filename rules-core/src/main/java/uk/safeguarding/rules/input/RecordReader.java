package uk.safeguarding.rules.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a request body into a record, checking every field first so that all problems are reported together, each
 * with its path, and lenient spellings are normalised. Used for the case itself and for the service's other requests.
 */
public final class RecordReader {

    private static final ObjectMapper JSON = Json.configure(new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(InputLimits.parserConstraints())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build()));

    private RecordReader() {
    }

    /**
     * The tree as JSON, or an {@link InvalidCaseException} saying where it stops being JSON or which limit of
     * {@link InputLimits} it passes. A field given twice is refused rather than silently taking the last value.
     */
    public static JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            throw new InvalidCaseException(List.of(new FieldError("(body)", "is empty; send a JSON object")));
        }
        try {
            JsonNode tree = JSON.readTree(json);
            if (tree == null || tree.isMissingNode()) {
                throw new InvalidCaseException(List.of(new FieldError("(body)", "is empty; send a JSON object")));
            }
            return tree;
        } catch (StreamConstraintsException beyondALimit) {
            throw new InvalidCaseException(List.of(new FieldError("(body)", beyondALimitMessage(beyondALimit))));
        } catch (JsonProcessingException malformed) {
            throw new InvalidCaseException(List.of(new FieldError("(body)", "is not valid JSON: "
                    + malformed.getOriginalMessage() + where(malformed))));
        }
    }

    private static String beyondALimitMessage(StreamConstraintsException beyond) {
        String message = String.valueOf(beyond.getOriginalMessage());
        if (message.contains("nesting depth")) {
            return "is nested more than " + InputLimits.MAX_NESTING_DEPTH + " levels deep (limit: nesting depth "
                    + InputLimits.MAX_NESTING_DEPTH + ")";
        }
        if (message.startsWith("Number")) {
            return "has a number longer than " + StreamReadConstraints.DEFAULT_MAX_NUM_LEN + " digits (limit: number length "
                    + StreamReadConstraints.DEFAULT_MAX_NUM_LEN + ")";
        }
        return "is longer than the service reads (limit: body size " + InputLimits.MAX_BODY_BYTES + " bytes)";
    }

    /** Where parsing stopped, when the parser knows; a limit reached while counting has no position. */
    private static String where(JsonProcessingException malformed) {
        JsonLocation location = malformed.getLocation();
        return location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    public static <T extends Record> T read(JsonNode tree, Class<T> type) {
        List<FieldError> errors = new ArrayList<>();
        if (tree == null || tree.isNull() || tree.isMissingNode()) {
            throw new InvalidCaseException(List.of(new FieldError("(body)", "is empty; send a JSON object")));
        }
        JsonNode normalised = TreeCheck.record(tree, type, "", errors);
        if (!errors.isEmpty()) {
            throw new InvalidCaseException(errors);
        }
        try {
            return JSON.treeToValue(normalised, type);
        } catch (JsonProcessingException unexpected) {
            throw new InvalidCaseException(List.of(new FieldError("(body)", unexpected.getOriginalMessage())));
        }
    }
}
