package uk.safeguarding.rules.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The example files, read from the source tree so the tests and the OpenAPI document use the same payloads. */
final class Examples {

    static final Path DIRECTORY = Path.of(System.getProperty("examples.dir", "src/main/resources/examples"));

    record Example(String group, String name) {

        String request() {
            return read(name + ".request.json");
        }

        Path responseFile() {
            return DIRECTORY.resolve(name + ".response.json");
        }
    }

    private Examples() {
    }

    static List<Example> all() {
        try {
            JsonNode index = new ObjectMapper(new YAMLFactory()).readTree(DIRECTORY.resolve("examples.yaml").toFile());
            List<Example> examples = new ArrayList<>();
            index.fields().forEachRemaining(group -> group.getValue()
                    .forEach(example -> examples.add(new Example(group.getKey(), example.path("name").asText()))));
            return examples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(String file) {
        try {
            return Files.readString(DIRECTORY.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
