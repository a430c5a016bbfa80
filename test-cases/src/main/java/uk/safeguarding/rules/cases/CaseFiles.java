package uk.safeguarding.rules.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import uk.safeguarding.rules.input.Json;

/** Reads the corpus: every .yaml file under a directory, in path order. */
public final class CaseFiles {

    private static final Set<String> FIELDS = Set.of("name", "story", "guidance", "profile", "assessedOn", "input",
            "output", "rules", "questions", "rulesAbsent", "questionsAbsent", "deadlines");
    private static final ObjectMapper YAML = Json.yamlMapper();

    private CaseFiles() {
    }

    public static List<CaseFile> load(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("No case directory at " + directory);
        }
        try (Stream<Path> files = Files.walk(directory)) {
            // Read on every core at once (a generated corpus has thousands of files), kept in path order.
            return files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList()
                    .parallelStream().map(p -> read(p, directory.relativize(p).toString().replace('\\', '/'))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CaseFile read(Path file, String name) {
        try {
            return new CaseFile(file, name, parse(YAML.readTree(Files.readString(file))), null);
        } catch (JsonProcessingException malformed) {
            return new CaseFile(file, name, null, "is not valid YAML: " + malformed.getOriginalMessage()
                    + " (line " + malformed.getLocation().getLineNr() + ")");
        } catch (IllegalArgumentException invalid) {
            return new CaseFile(file, name, null, invalid.getMessage());
        } catch (IOException e) {
            return new CaseFile(file, name, null, "cannot be read: " + e.getMessage());
        }
    }

    private static TestCase parse(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("must be a YAML mapping with name, story, input and output");
        }
        root.fieldNames().forEachRemaining(field -> {
            if (!FIELDS.contains(field)) {
                throw new IllegalArgumentException("has an unknown field \"" + field + "\"; the fields are " + FIELDS);
            }
        });
        return new TestCase(required(root, "name").asText(), root.path("story").asText(""), strings(root, "guidance"),
                root.path("profile").asText("national"), date(root.get("assessedOn"), "assessedOn"),
                required(root, "input"), outputs(required(root, "output")), strings(root, "rules"),
                strings(root, "questions"), strings(root, "rulesAbsent"), strings(root, "questionsAbsent"), deadlines(root.get("deadlines")));
    }

    private static JsonNode required(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            throw new IllegalArgumentException("has no \"" + field + "\"");
        }
        return node;
    }

    private static List<String> strings(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a list");
        }
        List<String> values = new ArrayList<>();
        node.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static Map<String, String> outputs(JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("\"output\" must map verdicts to expected outcomes");
        }
        Map<String, String> outputs = new LinkedHashMap<>();
        // YAML 1.1 reads a bare YES or NO as a boolean; in a case file it always means the outcome.
        node.fields().forEachRemaining(e -> outputs.put(e.getKey(),
                e.getValue().isBoolean() ? (e.getValue().booleanValue() ? "YES" : "NO") : e.getValue().asText()));
        return outputs;
    }

    private static Map<String, LocalDate> deadlines(JsonNode node) {
        Map<String, LocalDate> deadlines = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return deadlines;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            deadlines.put(entry.getKey(), date(entry.getValue(), "deadlines." + entry.getKey()));
        }
        return deadlines;
    }

    private static LocalDate date(JsonNode node, String field) {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + field + "\" is not a date (YYYY-MM-DD): " + node.asText());
        }
    }
}
