package uk.safeguarding.rules.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import uk.safeguarding.rules.input.InputLimits;

@QuarkusTest
class ApiTest {

    @org.junit.jupiter.api.BeforeAll
    static void signIn() {
        SignedIn.asLead();
    }

    @Test
    void anAssessmentSaysWhichRulesGaveItAndWhen() {
        given().contentType("application/json").body(Examples.read("sudi.request.json"))
                .when().post("/api/v1/assessments")
                .then().statusCode(200)
                .body("reference", equalTo("RR-2026-014"))
                .body("ruleSet.contentHash", startsWith("sha256:"))
                .body("ruleSet.profile", equalTo("national"))
                .body("evaluatedAt", notNullValue())
                .body("verdicts.panelNotification.outcome", equalTo("YES"))
                .body("verdicts.panelNotification.basis", equalTo("DUTY"))
                .body("verdicts.panelNotification.reasons[0].ruleId", equalTo("N1-must-notify"))
                .body("verdicts.panelNotification.deadlines.find { it.id == 'panel-notification' }.due", equalTo("2026-03-23"));
    }

    @Test
    void askingForMarkdownGivesTheRapidReviewRecordAndTheWorkingNotesOnRequest() {
        String record = given().contentType("application/json").accept("text/markdown").body(Examples.read("sudi.request.json"))
                .when().post("/api/v1/assessments")
                .then().statusCode(200).contentType(containsString("text/markdown")).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(record.startsWith("# Rapid Review: RR-2026-014\n"), record);
        org.junit.jupiter.api.Assertions.assertTrue(record.contains("## Section 3: Recommendation"), record);
        org.junit.jupiter.api.Assertions.assertFalse(record.contains("N1-must-notify"), record);
        String notes = given().contentType("application/json").accept("text/markdown").body(Examples.read("sudi.request.json"))
                .queryParam("document", "working-notes").when().post("/api/v1/assessments")
                .then().statusCode(200).contentType(containsString("text/markdown")).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(notes.startsWith("# Working notes for RR-2026-014: not for pasting\n"), notes);
        org.junit.jupiter.api.Assertions.assertTrue(notes.contains("rule N1-must-notify"), notes);
    }

    @Test
    void anUnknownDocumentIsAProblemNamingTheParameter() {
        given().contentType("application/json").accept("text/markdown").body(Examples.read("sudi.request.json"))
                .queryParam("document", "minutes").when().post("/api/v1/assessments")
                .then().statusCode(400).contentType(containsString("application/problem+json"))
                .body("errors[0].path", equalTo("document"));
    }

    @Test
    void withoutImpactTheOpenQuestionsStayButTheWhatIfIsLeftOut() {
        given().contentType("application/json").body(Examples.read("serious-harm-facts-unknown.request.json"))
                .queryParam("impact", false).when().post("/api/v1/assessments")
                .then().statusCode(200)
                .body("verdicts.seriousCase.outcome", equalTo("UNDETERMINED"))
                .body("questions.size()", greaterThan(3))
                .body("questions.ifAnswered", everyItem(nullValue()));
    }

    @Test
    void aBatchGivesOneResultPerCaseInOrderAndABadCaseDoesNotStopTheOthers() {
        String batch = "{\"cases\": [" + Examples.read("sudi.request.json") + ", {\"incident\": {\"outcome\": \"SOMETHING\"}}, "
                + Examples.read("looked-after-child-death.request.json") + "]}";
        given().contentType("application/json").body(batch).when().post("/api/v1/assessments/batch")
                .then().statusCode(200)
                .body("results", hasSize(3))
                .body("results[0].index", equalTo(0))
                .body("results[0].assessment.verdicts.rapidReview.outcome", equalTo("YES"))
                .body("results[1].problem.status", equalTo(400))
                .body("results[1].problem.errors[0].path", equalTo("incident.outcome"))
                .body("results[1].assessment", nullValue())
                .body("results[2].assessment.verdicts.secretaryOfStateNotification.outcome", equalTo("YES"));
    }

    @Test
    void aBatchLargerThanTheLimitIsRefusedNamingTheLimit() {
        String many = "{\"cases\": [" + String.join(",", java.util.Collections.nCopies(51, "{\"incident\": {\"outcome\": \"UNKNOWN\"}}")) + "]}";
        given().contentType("application/json").body(many).when().post("/api/v1/assessments/batch")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].path", equalTo("cases")).body("errors[0].message", containsString("at most 50"));
    }

    @Test
    void theRuleCatalogueListsEveryRuleWithItsGuidanceAndCitation() {
        given().when().get("/api/v1/rules")
                .then().statusCode(200)
                .body("rules.size()", greaterThan(200))
                .body("rules.id", hasItem("L6-care-leaver-death"))
                .body("rules.find { it.id == 'N1-must-notify' }.guidance[0].id", equalTo("N1"))
                .body("rules.find { it.id == 'N1-must-notify' }.guidance[0].text", containsString("must notify the Panel"));
        given().when().get("/api/v1/rules/L6-care-leaver-death")
                .then().statusCode(200)
                .body("rule", containsString("care leaver"))
                .body("citation", containsString("Working Together 2023"))
                .body("source", startsWith("national/looked-after-and-care-leavers.drl:"));
        given().when().get("/api/v1/rules/NO-SUCH-RULE")
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE).body("detail", containsString("NO-SUCH-RULE"));
    }

    @Test
    void healthIsUpAndSwaggerUiIsServedOutsideDevMode() {
        given().when().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then().statusCode(200)
                .rootPath("checks.find { it.name == 'safeguarding rules' }")
                .body("status", equalTo("UP"))
                .body("data.rules", greaterThan(200))
                .body("data.contentHash", startsWith("sha256:"))
                .body("data.bankHolidaysCoverTo", equalTo("2027-12-31"));
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void theOpenApiDocumentDescribesTheCaseFieldsInPlainEnglish() {
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("components.schemas.SafeguardingCase.description", containsString("Leave out anything not yet known"))
                .body("components.schemas.Incident.properties.localAuthorityAwareDate.description", containsString("day 0"))
                .body("components.schemas.Answer.enum", hasItem("UNKNOWN"));
    }

    @Test
    void theOpenApiDocumentStatesTheLimitsTheChecksApply() {
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("components.schemas.SafeguardingCase.properties.reference.maxLength", equalTo(InputLimits.MAX_REFERENCE_LENGTH))
                .body("components.schemas.Child.properties.ageInYears.maximum", equalTo(InputLimits.OLDEST_CHILD_AGE))
                .body("components.schemas.OtherVictim.properties.ageInYears.maximum", equalTo(InputLimits.OLDEST_PERSON_AGE))
                .body("components.schemas.Partnership.properties.childUsuallyLivesIn.maxLength", equalTo(InputLimits.MAX_TEXT_LENGTH))
                .body("components.schemas.Partnership.properties.partnershipsInvolved.maxItems", equalTo(InputLimits.MAX_LIST_LENGTH))
                .body("components.schemas.QuorumRequest.properties.attendees.maxItems", equalTo(InputLimits.MAX_LIST_LENGTH))
                .body("components.schemas.CaseBatch.properties.cases.maxItems",
                        equalTo(InputLimits.MAX_BATCH_SIZE))
                .body("paths.'/api/v1/assessments'.post.requestBody.description", containsString("nested at most " + InputLimits.MAX_NESTING_DEPTH));
    }

    @Test
    void aReferenceAndAnAgeAtTheirPublishedLimitsAreAcceptedAndOneBeyondIsRefusedNamingTheLimit() {
        given().contentType("application/json").body("{\"reference\": \"" + "R".repeat(InputLimits.MAX_REFERENCE_LENGTH) + "\", \"child\": {\"ageInYears\": "
                + InputLimits.OLDEST_CHILD_AGE + "}, \"incident\": {\"outcome\": \"UNKNOWN\"}}").when().post("/api/v1/assessments")
                .then().statusCode(200);
        given().contentType("application/json").body("{\"reference\": \"" + "R".repeat(InputLimits.MAX_REFERENCE_LENGTH + 1) + "\", \"child\": {\"ageInYears\": "
                + (InputLimits.OLDEST_CHILD_AGE + 1) + "}, \"incident\": {\"outcome\": \"UNKNOWN\"}}").when().post("/api/v1/assessments")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors.find { it.path == 'reference' }.message", containsString("limit: text length " + InputLimits.MAX_REFERENCE_LENGTH))
                .body("errors.find { it.path == 'child.ageInYears' }.message", containsString("limit: maximum " + InputLimits.OLDEST_CHILD_AGE));
    }
}
