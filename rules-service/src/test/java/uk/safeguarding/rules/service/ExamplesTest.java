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
import org.junit.jupiter.api.Test;
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
    Stream<DynamicTest> theOpenApiDocumentOffersEachExampleRequestWholeAndItsResponseTrimmedFromTheFile() throws Exception {
        JsonNode paths = JSON.readTree(given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .extract().asString()).path("paths");
        return Examples.all().stream().map(example -> DynamicTest.dynamicTest(example.name(), () -> {
            JsonNode operation = paths.path(PATHS.get(example.group())).path("post");
            JsonNode request = operation.path("requestBody").path("content").path("application/json").path("examples").path(example.name());
            JsonNode response = operation.path("responses").path("200").path("content").path("application/json").path("examples")
                    .path(example.name());
            JsonNode file = JSON.readTree(Files.readString(example.responseFile()));

            assertEquals(JSON.readTree(example.request()), request.path("value"), example.name() + ": the request as offered");
            assertEquals(OpenApiExamples.trim(file).response(), response.path("value"), example.name() + ": the response as shown");
            assertTrue(response.path("value").toPrettyString().length() <= OpenApiExamples.RESPONSE_BUDGET, example.name());
        }));
    }

    @TestFactory
    Stream<DynamicTest> theWholeExampleResponseIsServedWhereTheDocumentLinksIt() {
        return Examples.all().stream().map(example -> DynamicTest.dynamicTest(example.name(), () -> {
            String served = given().when().get("/examples/" + example.name() + ".response.json")
                    .then().statusCode(200).contentType("application/json").extract().asString();
            assertEquals(JSON.readTree(Files.readString(example.responseFile())), JSON.readTree(served), example.name());
        }));
    }

    @Test
    void onlyTheListedExamplesAreServed() {
        given().when().get("/examples/examples.yaml").then().statusCode(404).contentType(Problem.MEDIA_TYPE);
        given().when().get("/examples/application.properties").then().statusCode(404);
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
