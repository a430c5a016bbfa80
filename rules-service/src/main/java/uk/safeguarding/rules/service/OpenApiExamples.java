package uk.safeguarding.rules.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;

/**
 * Puts the example requests and their responses (see {@link ExampleFiles}) into the OpenAPI document, so each can be
 * chosen by name in Swagger UI. Requests go in whole. Responses are cut to fit a few kilobytes each, from the files
 * themselves, so they follow every regeneration; each links to the whole response.
 */
public class OpenApiExamples implements OASFilter {

    /** Characters of pretty-printed JSON one example response may take in the document. */
    static final int RESPONSE_BUDGET = 5_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> OPERATIONS = Map.of(
            "assessments", "/api/v1/assessments",
            "timescales", "/api/v1/timescales",
            "quorum", "/api/v1/rapid-review-meetings/quorum");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        for (ExampleFiles.Example example : ExampleFiles.all()) {
            Operation post = openAPI.getPaths().getPathItem(OPERATIONS.get(example.group())).getPOST();
            MediaType request = post.getRequestBody().getContent().getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
            MediaType response = post.getResponses().getAPIResponse("200").getContent()
                    .getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
            request.addExample(example.name(), OASFactory.createExample().summary(example.summary())
                    .description(example.description()).value(plain(example.request())));
            Trimmed trimmed = trim(example.response());
            response.addExample(example.name(), OASFactory.createExample().summary(example.summary())
                    .description(trimmed.levels() == Integer.MAX_VALUE ? "The whole response."
                            : "Trimmed to fit: each list shows its first item, and nothing nested deeper than " + trimmed.levels()
                            + " levels. The whole response: [" + example.responseAddress() + "](" + example.responseAddress()
                            + "), or Try it out.")
                    .value(plain(trimmed.response())));
        }
    }

    /** A response cut to the most levels that fit the budget; {@code levels} is MAX_VALUE when it fits whole. */
    record Trimmed(JsonNode response, int levels) {
    }

    static Trimmed trim(JsonNode response) {
        if (size(response) <= RESPONSE_BUDGET) {
            return new Trimmed(response, Integer.MAX_VALUE);
        }
        int levels = 1;
        while (size(cut(response, levels + 1)) <= RESPONSE_BUDGET && !cut(response, levels + 1).equals(cut(response, levels))) {
            levels++;
        }
        return new Trimmed(cut(response, levels), levels);
    }

    /** Every list down to its first item; objects and lists nested more than {@code levels} deep left out. */
    static JsonNode cut(JsonNode node, int levels) {
        if (node.isArray()) {
            ArrayNode first = JSON.createArrayNode();
            if (!node.isEmpty()) {
                first.add(cut(node.get(0), levels - 1));
            }
            return first;
        }
        if (node.isObject()) {
            ObjectNode kept = JSON.createObjectNode();
            node.fields().forEachRemaining(field -> {
                if (field.getValue().isContainerNode() && levels > 0) {
                    kept.set(field.getKey(), cut(field.getValue(), levels - 1));
                } else if (!field.getValue().isContainerNode()) {
                    kept.set(field.getKey(), field.getValue());
                }
            });
            return kept;
        }
        return node;
    }

    private static int size(JsonNode node) {
        return node.toPrettyString().length();
    }

    private static Object plain(JsonNode json) {
        return JSON.convertValue(json, Object.class);
    }
}
