package uk.safeguarding.rules.service;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example in the OpenAPI document gives its example response. After a deliberate rule change, regenerate the
 * responses with -Dexamples.regenerate=true and review the diff.
 */
@QuarkusTest
class ExamplesTest {

    @org.junit.jupiter.api.BeforeAll
    static void signIn() {
        SignedIn.asLead();
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> PATHS = Map.of(
            "assessments", "/api/v1/assessments",
            "timescales", "/api/v1/timescales",
            "quorum", "/api/v1/rapid-review-meetings/quorum");
    private static final boolean REGENERATE = Boolean.getBoolean("examples.regenerate");

    @TestFactory
    Stream<DynamicTest> eachExampleRequestGivesItsExampleResponse() {
        return Examples.all().stream().map(example -> DynamicTest.dynamicTest(example.name(), () -> {
            String body = given().contentType("application/json").body(example.request())
                    .when().post(PATHS.get(example.group()))
                    .then().statusCode(200).contentType("application/json").extract().asString();
            JsonNode actual = JSON.readTree(body);
            if (REGENERATE) {
                Files.writeString(example.responseFile(), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n");
            }
            JsonNode expected = JSON.readTree(Files.readString(example.responseFile()));
            assertEquals(withoutRunDetails(expected), withoutRunDetails(actual), example.name()
                    + " no longer gives its example response; if the change is intended, regenerate with -Dexamples.regenerate=true");
        }));
    }

    @TestFactory
    Stream<DynamicTest> theOpenApiDocumentOffersEachExampleByName() {
        String document = given().accept("application/json").when().get("/q/openapi").then().statusCode(200).extract().asString();
        return Examples.all().stream().map(example -> DynamicTest.dynamicTest(example.name(),
                () -> assertTrue(document.contains("\"" + example.name() + "\""), example.name() + " missing from /q/openapi")));
    }

    /** When and with which exact rule files an answer was given changes with every run and every rule edit. */
    private static JsonNode withoutRunDetails(JsonNode response) {
        JsonNode copy = response.deepCopy();
        if (copy instanceof ObjectNode object) {
            object.remove("evaluatedAt");
            if (object.get("ruleSet") instanceof ObjectNode ruleSet) {
                ruleSet.remove("contentHash");
                ruleSet.remove("version");
                ruleSet.remove("rules");
            }
        }
        return copy;
    }
}
