package uk.safeguarding.rules.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The example requests and responses shipped under examples/ and listed in examples/examples.yaml: shown in Swagger
 * UI, served whole at {@value #SERVED_AT}, and the service tests' payloads.
 */
final class ExampleFiles {

    static final String SERVED_AT = "/examples/";
    private static final String DIRECTORY = "examples/";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One example, under the operation group it belongs to (assessments, timescales, quorum). */
    record Example(String group, String name, String summary, String description) {

        JsonNode request() {
            return read(name + ".request.json", JSON);
        }

        JsonNode response() {
            return read(name + ".response.json", JSON);
        }

        String responseAddress() {
            return SERVED_AT + name + ".response.json";
        }
    }

    private ExampleFiles() {
    }

    static List<Example> all() {
        JsonNode index = read("examples.yaml", new ObjectMapper(new YAMLFactory()));
        List<Example> examples = new ArrayList<>();
        index.fields().forEachRemaining(group -> group.getValue().forEach(example -> examples.add(new Example(group.getKey(),
                example.path("name").asText(), example.path("summary").asText(), example.path("description").asText()))));
        return examples;
    }

    /** A listed example's request or response file, by its file name; nothing else on the class path. */
    static Optional<InputStream> open(String fileName) {
        boolean listed = all().stream().anyMatch(example -> fileName.equals(example.name() + ".request.json")
                || fileName.equals(example.name() + ".response.json"));
        return listed ? Optional.ofNullable(ExampleFiles.class.getClassLoader().getResourceAsStream(DIRECTORY + fileName))
                : Optional.empty();
    }

    private static JsonNode read(String fileName, ObjectMapper mapper) {
        try (InputStream in = ExampleFiles.class.getClassLoader().getResourceAsStream(DIRECTORY + fileName)) {
            if (in == null) {
                throw new IllegalStateException("The example " + fileName + " is missing");
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the example " + fileName, e);
        }
    }
}
