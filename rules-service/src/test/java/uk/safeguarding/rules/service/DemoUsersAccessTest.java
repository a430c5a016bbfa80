package uk.safeguarding.rules.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shipped demonstration users: every endpoint refuses a caller who is not signed in or whose password is wrong
 * (401), refuses a signed-in user without a role (403), and answers each of the three roles.
 */
@QuarkusTest
class DemoUsersAccessTest {

    static final Map<String, String> PASSWORDS = Map.of(Roles.CASE_SYSTEM, "case-system-demo", Roles.LEAD, "lead-demo",
            Roles.POLICY, "policy-demo", "visitor", "visitor-demo");

    @Test
    void theListBelowCoversEveryOperation() {
        Endpoints.assertEveryOperationIsListed();
    }

    @Test
    void withoutSigningInEveryEndpointAnswers401AsAProblemWithBothChallenges() {
        for (Endpoints.Call call : Endpoints.ALL) {
            java.util.List<String> challenges = call.send(given().auth().none()).then().statusCode(401).contentType(Problem.MEDIA_TYPE)
                    .body("title", equalTo("Sign in to use this")).extract().headers().getValues("WWW-Authenticate");
            org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("Basic realm=\"safeguarding-rules\"", "Bearer"), challenges, call.toString());
        }
    }

    @Test
    void aWrongPasswordOrAnUnknownUserIs401() {
        for (Endpoints.Call call : Endpoints.ALL) {
            call.send(given().auth().preemptive().basic(Roles.LEAD, "not-the-password")).then().statusCode(401).contentType(Problem.MEDIA_TYPE);
            call.send(given().auth().preemptive().basic("nobody", "lead-demo")).then().statusCode(401).contentType(Problem.MEDIA_TYPE);
        }
    }

    @Test
    void aUserWithoutARoleIs403() {
        for (Endpoints.Call call : Endpoints.ALL) {
            call.send(given().auth().preemptive().basic("visitor", PASSWORDS.get("visitor"))).then().statusCode(403)
                    .contentType(Problem.MEDIA_TYPE).body("detail", containsString(Roles.CASE_SYSTEM));
        }
    }

    @Test
    void caseSystemsLeadsAndPolicyStaffMayUseEveryEndpoint() {
        for (String role : new String[] {Roles.CASE_SYSTEM, Roles.LEAD, Roles.POLICY}) {
            for (Endpoints.Call call : Endpoints.ALL) {
                call.send(given().auth().preemptive().basic(role, PASSWORDS.get(role))).then().statusCode(200);
            }
        }
    }

    @Test
    void onlyPolicyStaffMayAdministerTheRules() {
        for (Endpoints.Call call : Endpoints.POLICY_ONLY) {
            call.send(given().auth().none()).then().statusCode(401).contentType(Problem.MEDIA_TYPE);
            for (String role : new String[] {Roles.CASE_SYSTEM, Roles.LEAD}) {
                call.send(given().auth().preemptive().basic(role, PASSWORDS.get(role))).then().statusCode(403)
                        .contentType(Problem.MEDIA_TYPE);
            }
            int status = call.send(given().auth().preemptive().basic(Roles.POLICY, PASSWORDS.get(Roles.POLICY))).statusCode();
            org.junit.jupiter.api.Assertions.assertTrue(status != 401 && status != 403, "policy staff were refused: " + status);
        }
    }

    @Test
    void anAssessmentCanBeHadInEitherFormatByEachRole() {
        for (String role : new String[] {Roles.CASE_SYSTEM, Roles.LEAD, Roles.POLICY}) {
            given().auth().preemptive().basic(role, PASSWORDS.get(role)).contentType("application/json").accept("text/markdown")
                    .body(Examples.read("sudi.request.json")).when().post("/api/v1/assessments")
                    .then().statusCode(200).contentType(containsString("text/markdown"));
        }
    }

    @Test
    void healthTheOpenApiDocumentAndSwaggerUiStayOpenAndSwaggerUiCanAuthorise() {
        given().auth().none().when().get("/q/health").then().statusCode(200);
        given().auth().none().when().get("/q/health/ready").then().statusCode(200);
        given().auth().none().when().get("/q/swagger-ui/").then().statusCode(200);
        given().auth().none().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("components.securitySchemes.basic.scheme", equalTo("basic"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("paths.'/api/v1/assessments'.post.security.flatten().collect { it.keySet() }.flatten()", hasItems("basic", "bearer"))
                .body("paths.'/api/v1/assessments'.post.responses.'401'.description", containsString("Not signed in"));
    }
}
