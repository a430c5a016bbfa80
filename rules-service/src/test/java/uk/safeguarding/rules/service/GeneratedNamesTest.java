package uk.safeguarding.rules.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every schema of the contract keeps its own name in the clients suppliers generate: openapi-generator renames a
 * schema whose name is a reserved word or a type of the language (Case becomes ModelCase). The build generates the
 * models in Java, C#, TypeScript and Python from the committed contract; each must have a model under the schema's name.
 */
class GeneratedNamesTest {

    private static final Path CLIENTS = Path.of(System.getProperty("generated-clients", "target/generated-clients"));
    private static final Map<String, Function<String, Path>> MODEL_FILE = Map.of(
            "java", name -> Path.of("java/src/main/java/uk/safeguarding/rules/client/model", name + ".java"),
            "csharp", name -> Path.of("csharp/src/Org.OpenAPITools/Model", name + ".cs"),
            "typescript", name -> Path.of("typescript/models", name + ".ts"),
            "python", name -> Path.of("python/safeguarding_rules_client/models", snakeCase(name) + ".py"));
    private static final Map<String, Function<String, Pattern>> DECLARATION = Map.of(
            "java", name -> Pattern.compile("\\b(class|enum) " + name + "\\b"),
            "csharp", name -> Pattern.compile("\\b(class|enum) " + name + "\\b"),
            "typescript", name -> Pattern.compile("\\b(interface|const) " + name + "\\b"),
            "python", name -> Pattern.compile("^class " + name + "\\(", Pattern.MULTILINE));

    @TestFactory
    Stream<DynamicTest> everySchemaGeneratesUnderItsOwnName() {
        return MODEL_FILE.keySet().stream().sorted().map(language -> DynamicTest.dynamicTest(language, () -> {
            List<String> renamed = modelSchemas().stream()
                    .filter(name -> !declares(CLIENTS.resolve(MODEL_FILE.get(language).apply(name)), DECLARATION.get(language).apply(name)))
                    .toList();
            assertEquals(List.of(), renamed, "schemas that do not generate under their own name in " + language);
        }));
    }

    /** The schemas that become classes: objects and enums; a plain string schema (LocalDate, Instant) maps to the language's own type. */
    private static List<String> modelSchemas() {
        JsonNode schemas = Contract.committed().path("components").path("schemas");
        List<String> names = new ArrayList<>();
        schemas.fieldNames().forEachRemaining(names::add);
        return names.stream().filter(name -> schemas.path(name).has("properties") || schemas.path(name).has("enum")).sorted().toList();
    }

    private static boolean declares(Path file, Pattern declaration) {
        try {
            return Files.isRegularFile(file) && declaration.matcher(Files.readString(file)).find();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }
}
