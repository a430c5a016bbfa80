package uk.safeguarding.rules.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Puts the example requests and their responses (resources under examples/, listed in examples/examples.yaml) into the
 * OpenAPI document, so each can be chosen by name in Swagger UI. The same files are the tests' payloads.
 */
public class OpenApiExamples implements OASFilter {

    static final String DIRECTORY = "examples/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> OPERATIONS = Map.of(
            "assessments", "/api/v1/assessments",
            "timescales", "/api/v1/timescales",
            "quorum", "/api/v1/rapid-review-meetings/quorum");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        JsonNode index = read(DIRECTORY + "examples.yaml", new ObjectMapper(new YAMLFactory()));
        OPERATIONS.forEach((group, path) -> {
            Operation post = openAPI.getPaths().getPathItem(path).getPOST();
            MediaType request = post.getRequestBody().getContent().getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
            APIResponse ok = post.getResponses().getAPIResponse("200");
            MediaType response = ok.getContent().getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
            for (JsonNode example : index.path(group)) {
                String name = example.path("name").asText();
                String summary = example.path("summary").asText();
                String description = example.path("description").asText();
                request.addExample(name, OASFactory.createExample().summary(summary).description(description)
                        .value(value(DIRECTORY + name + ".request.json")));
                response.addExample(name, OASFactory.createExample().summary(summary)
                        .value(value(DIRECTORY + name + ".response.json")));
            }
        });
    }

    private static Object value(String resource) {
        return JSON.convertValue(read(resource, JSON), Object.class);
    }

    private static JsonNode read(String resource, ObjectMapper mapper) {
        try (InputStream in = OpenApiExamples.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The example " + resource + " is missing");
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the example " + resource, e);
        }
    }
}
