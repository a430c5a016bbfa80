package uk.safeguarding.rules.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Bad input gets RFC 9457 problem details naming each field and the problem: never a 500, never a stack trace. */
@QuarkusTest
class BadInputTest {

    @org.junit.jupiter.api.BeforeAll
    static void signIn() {
        SignedIn.asLead();
    }

    private static ValidatableResponse assess(String body) {
        return given().contentType("application/json").body(body).when().post("/api/v1/assessments").then();
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status).contentType(Problem.MEDIA_TYPE).body("status", equalTo(status))
                .body("type", startsWith("urn:safeguarding-rules:problem:")).body(not(containsString("Exception")))
                .body(not(containsString("\tat ")));
    }

    @Test
    void malformedJsonSaysWhereItBreaks() {
        problem(assess("{\"incident\": {\"outcome\": \"DIED\""), 400)
                .body("errors[0].path", equalTo("(body)")).body("errors[0].message", containsString("not valid JSON"));
    }

    @Test
    void deepNestingOnEveryOperationIsA400NamingTheLimitNotA500() {
        String objects = "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000);
        String lists = "[".repeat(5_000) + "]".repeat(5_000);
        for (String path : new String[] {"/api/v1/assessments", "/api/v1/assessments/batch", "/api/v1/timescales",
                "/api/v1/rapid-review-meetings/quorum"}) {
            for (String body : new String[] {objects, lists}) {
                problem(given().contentType("application/json").body(body).when().post(path).then(), 400)
                        .body("errors[0].path", equalTo("(body)")).body("errors[0].message", containsString("limit: nesting depth"));
            }
        }
    }

    @Test
    void wrongTypesUnknownValuesAndUnknownFieldsAreEachNamed() {
        problem(assess("""
                {"incident": {"outcome": "DEAD", "otherChildrenAffected": "two"}, "child": {"favouriteColour": "blue", "dateOfBirth": 20100101}}
                """), 400)
                .body("errors.path", hasItem("incident.outcome"))
                .body("errors.find { it.path == 'incident.outcome' }.message", containsString("is not one of DIED, HARMED, NEAR_MISS, UNKNOWN"))
                .body("errors.find { it.path == 'incident.otherChildrenAffected' }.message", containsString("whole number"))
                .body("errors.find { it.path == 'child.favouriteColour' }.message", containsString("not a known field"))
                .body("errors.find { it.path == 'child.dateOfBirth' }.message", containsString("YYYY-MM-DD"));
    }

    @Test
    void anIncidentBeforeBirthAndAwarenessBeforeTheIncidentAreImpossible() {
        problem(assess("""
                {"child": {"dateOfBirth": "2021-05-01"}, "incident": {"outcome": "HARMED", "date": "2020-01-01", "localAuthorityAwareDate": "2019-12-31"}}
                """), 400)
                .body("errors.find { it.path == 'incident.date' }.message", containsString("before the child's date of birth"))
                .body("errors.find { it.path == 'incident.localAuthorityAwareDate' }.message", containsString("before the date of the incident"));
    }

    @Test
    void aDateInTheFutureIsRefused() {
        problem(assess("{\"incident\": {\"outcome\": \"HARMED\", \"date\": \"" + LocalDate.now().plusDays(3) + "\"}}"), 400)
                .body("errors[0].path", equalTo("incident.date")).body("errors[0].message", containsString("in the future"));
    }

    @Test
    void theOutcomeIsARequiredFact() {
        problem(assess("{\"child\": {\"ageInYears\": 4}}"), 400)
                .body("errors[0].path", equalTo("incident.outcome")).body("errors[0].message", containsString("is required"));
    }

    @Test
    void anOversizedBodyIsRefused() {
        String huge = "{\"reference\": \"" + "x".repeat(1_100_000) + "\"}";
        given().contentType("application/json").body(huge).when().post("/api/v1/assessments")
                .then().statusCode(413).contentType(Problem.MEDIA_TYPE).body("title", equalTo("The request is too large"));
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
        problem(given().contentType("text/plain").body("a child died").when().post("/api/v1/assessments").then(), 415)
                .body("detail", containsString("application/json"));
    }

    @Test
    void askingForAFormatTheServiceCannotGiveIsNotAcceptable() {
        problem(given().contentType("application/json").accept("application/pdf").body("{\"incident\": {\"outcome\": \"UNKNOWN\"}}")
                .when().post("/api/v1/assessments").then(), 406);
    }

    @Test
    void anUnknownAddressAndAWrongMethodAreProblemsToo() {
        problem(given().when().get("/api/v1/no-such-thing").then(), 404);
        problem(given().when().get("/api/v1/assessments").then(), 405).body("detail", containsString("does not accept GET"));
    }

    @Test
    void timescalesNeedTheAwarenessDateAndCannotReachBeyondTheCalendar() {
        problem(given().contentType("application/json").body("{\"referralDate\": \"2026-03-01\"}").when().post("/api/v1/timescales").then(), 400)
                .body("errors[0].path", equalTo("awarenessDate"));
        problem(given().contentType("application/json").body("{\"awarenessDate\": \"2027-12-20\"}").when().post("/api/v1/timescales").then(), 422)
                .body("errors[0].path", equalTo("awarenessDate")).body("errors[0].message", containsString("2027-12-31"));
    }

    @Test
    void aQuorumCheckNeedsAttendeesItRecognises() {
        problem(given().contentType("application/json").body("{\"attendees\": []}").when().post("/api/v1/rapid-review-meetings/quorum").then(), 400)
                .body("errors[0].path", equalTo("attendees"));
        problem(given().contentType("application/json").body("{\"attendees\": [\"POLICE\", \"THE MAYOR\"]}")
                .when().post("/api/v1/rapid-review-meetings/quorum").then(), 400)
                .body("errors[0].path", equalTo("attendees[1]"));
    }
}
