package uk.safeguarding.rules.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a request body into a record, checking every field first so that all problems are reported together, each
 * with its path, and lenient spellings are normalised. Used for the case itself and for the service's other requests.
 */
public final class RecordReader {

    private static final ObjectMapper JSON = Json.mapper();

    private RecordReader() {
    }

    /** The tree as JSON, or an {@link InvalidCaseException} saying where it stops being JSON. */
    public static JsonNode parse(String json) {
        try {
            JsonNode tree = JSON.readTree(json);
            if (tree == null || tree.isMissingNode()) {
                throw new InvalidCaseException(List.of(new FieldError("(body)", "is empty; send a JSON object")));
            }
            return tree;
        } catch (JsonProcessingException malformed) {
            throw new InvalidCaseException(List.of(new FieldError("(body)", "is not valid JSON: "
                    + malformed.getOriginalMessage() + " (line " + malformed.getLocation().getLineNr()
                    + ", column " + malformed.getLocation().getColumnNr() + ")")));
        }
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
