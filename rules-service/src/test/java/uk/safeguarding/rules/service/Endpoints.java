package uk.safeguarding.rules.service;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Every API operation with a request it accepts, for the access tests; checked against the OpenAPI document. */
final class Endpoints {

    record Call(String method, String template, String path, String body) {

        Response send(RequestSpecification request) {
            RequestSpecification withBody = body == null ? request : request.contentType("application/json").body(body);
            return withBody.when().request(method, path);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static final List<Call> ALL = List.of(
            new Call("POST", "/api/v1/assessments", "/api/v1/assessments", "{\"incident\": {\"outcome\": \"UNKNOWN\"}}"),
            new Call("POST", "/api/v1/assessments/batch", "/api/v1/assessments/batch", "{\"cases\": [{\"incident\": {\"outcome\": \"UNKNOWN\"}}]}"),
            new Call("POST", "/api/v1/timescales", "/api/v1/timescales", "{\"awarenessDate\": \"2026-03-02\"}"),
            new Call("POST", "/api/v1/rapid-review-meetings/quorum", "/api/v1/rapid-review-meetings/quorum", "{\"attendees\": [\"POLICE\"]}"),
            new Call("GET", "/api/v1/rules", "/api/v1/rules", null),
            new Call("GET", "/api/v1/rules/{id}", "/api/v1/rules/N1-must-notify", null));

    /** Operations only policy staff may use: administering the rules. */
    static final List<Call> POLICY_ONLY = List.of(
            new Call("POST", "/api/v1/rules/reload", "/api/v1/rules/reload", null));

    private Endpoints() {
    }

    /** Fails when the service has an operation this list does not cover, so a new endpoint cannot go untested. */
    static void assertEveryOperationIsListed() {
        Set<String> documented = new TreeSet<>();
        given().auth().none().accept("application/json").when().get("/q/openapi").then().statusCode(200).extract()
                .jsonPath().<String, java.util.Map<String, Object>>getMap("paths").forEach((path, operations) -> operations.keySet()
                        .forEach(method -> documented.add(method.toUpperCase() + " " + path)));
        assertEquals(documented, java.util.stream.Stream.concat(ALL.stream(), POLICY_ONLY.stream())
                .map(call -> call.method() + " " + call.template()).collect(Collectors.toCollection(TreeSet::new)));
    }
}
