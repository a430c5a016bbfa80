package uk.safeguarding.rules.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * The published API contract (the committed OpenAPI document, without the Swagger UI examples) and how a new document
 * compares with it.
 */
final class Contract {

    static final Path FILE = Path.of(System.getProperty("openapi.contract", "src/main/openapi/safeguarding-rules-v1.json"));
    private static final ObjectMapper JSON = new ObjectMapper();

    private Contract() {
    }

    static JsonNode committed() {
        return parse(read(FILE));
    }

    /**
     * The contract part of a served document: everything but the example payloads in request and response bodies,
     * which follow the rules' answers and are not something a client can rely on.
     */
    static JsonNode ofDocument(String served) {
        JsonNode document = parse(served);
        document.path("paths").forEach(path -> path.forEach(operation -> {
            operation.path("requestBody").path("content").forEach(Contract::removeExamples);
            operation.path("responses").forEach(response -> response.path("content").forEach(Contract::removeExamples));
        }));
        return document;
    }

    /**
     * The changes from {@code before} to {@code after} that would break a client built on {@code before}, as Markdown;
     * empty if none. openapi-diff finds removed operations and enum values and changed or narrowed types; it lets a
     * field go silently when the field is optional, which every field of this contract is, so removed fields are
     * looked for here.
     */
    static String breakingChanges(JsonNode before, JsonNode after) {
        List<String> removedFields = removedFields(before, after);
        ChangedOpenApi diff = OpenApiCompare.fromContents(asOpenApi30(before), asOpenApi30(after));
        if (!diff.isIncompatible() && removedFields.isEmpty()) {
            return "";
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(diff, writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String report = String.join("", removedFields.stream().map(field -> "- removed field " + field + "\n").toList())
                + out.toString(StandardCharsets.UTF_8);
        return report.isBlank() ? "incompatible (openapi-diff gave no details)" : report;
    }

    private static List<String> removedFields(JsonNode before, JsonNode after) {
        List<String> removed = new ArrayList<>();
        JsonNode schemasAfter = after.path("components").path("schemas");
        before.path("components").path("schemas").fields().forEachRemaining(schema -> schema.getValue().path("properties")
                .fieldNames().forEachRemaining(property -> {
                    if (!schemasAfter.path(schema.getKey()).path("properties").has(property)) {
                        removed.add(schema.getKey() + "." + property);
                    }
                }));
        return removed;
    }

    /**
     * openapi-diff 2.1.0 reads schema types only from OpenAPI 3.0 documents: given 3.1, it sees no type and no enum
     * change at all. The contract uses nothing that 3.1 reads differently (no lists of types, no null type), so it is
     * compared as 3.0.
     */
    private static String asOpenApi30(JsonNode document) {
        ObjectNode copy = document.deepCopy();
        copy.put("openapi", "3.0.3");
        return copy.toString();
    }

    static void write(JsonNode contract) {
        try {
            Files.writeString(FILE, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(contract) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void removeExamples(JsonNode mediaType) {
        if (mediaType instanceof ObjectNode object) {
            object.remove("examples");
        }
    }
}
