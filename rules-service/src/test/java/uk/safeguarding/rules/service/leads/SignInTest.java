package uk.safeguarding.rules.service.leads;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Signing in to the leads' page with its sign-in form (the properties-file users), the refusals a browser sees, the
 * form token every post must carry, and the API's basic sign-in, which the page's sign-in leaves as it was.
 */
@QuarkusTest
class SignInTest {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"form-token\" value=\"([^\"]+)\"");

    @Test
    void aBrowserThatHasNotSignedInIsSentToTheSignInPage() {
        given().auth().none().redirects().follow(false).when().get("/leads")
                .then().statusCode(302).header("Location", endsWith("/leads/sign-in"));
        given().auth().none().when().get("/leads/sign-in").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<h1 class=\"govuk-heading-xl\">Sign in</h1>"))
                .body(containsString("action=\"/leads/j_security_check\""))
                .body(not(containsString("There is a problem")));
    }

    @Test
    void aWrongPasswordBringsTheSignInPageBackWithAnErrorSummaryLinkedToTheField() {
        Response refused = signIn("lead", "not-the-password");
        assertEquals(302, refused.statusCode(), refused.headers() + "\n" + refused.asString());
        assertTrue(refused.header("Location").endsWith("/leads/sign-in?error=true"), refused.header("Location"));
        assertEquals(null, refused.cookie("quarkus-credential"), "no sign-in cookie for a wrong password");
        given().auth().none().when().get("/leads/sign-in?error=true").then().statusCode(401)
                .body(containsString("<title>Error: Sign in"))
                .body(containsString("<h2 class=\"govuk-error-summary__title\">There is a problem</h2>"))
                .body(containsString("<a href=\"#username\">Enter a correct user name and password</a>"))
                .body(containsString("id=\"username\" name=\"j_username\""));
    }

    @Test
    void aVisitorWithoutTheLeadsOrPolicyRoleIsRefusedWithAPageSayingSo() {
        Response visitor = signIn("visitor", "visitor-demo");
        assertEquals(302, visitor.statusCode());
        asSignedIn(visitor).when().get("/leads").then().statusCode(403).contentType(containsString("text/html"))
                .body(containsString("You cannot use this page")).body(not(containsString("case-questions")));
    }

    @Test
    void aLeadSignsInLandsOnThePageAndItsChecksNeedTheFormToken() {
        Response lead = signIn("lead", "lead-demo");
        assertTrue(lead.header("Location").endsWith("/leads"), lead.header("Location"));
        String credential = lead.getDetailedCookie("quarkus-credential").toString();
        assertTrue(credential.contains("Path=/leads") && credential.contains("HttpOnly"), "the sign-in cookie stays with the page: " + credential);

        Response blank = asSignedIn(lead).when().get("/leads");
        assertEquals(200, blank.statusCode());
        assertTrue(blank.getDetailedCookie(FormTokens.COOKIE).toString().contains("SameSite=Strict"));
        String token = formToken(blank.asString());
        String browser = blank.cookie(FormTokens.COOKIE);
        Map<String, String> answers = Map.of("reference", "RR-2026-014", "incident.outcome", "DIED", "check", "incident");

        asSignedIn(lead).cookie(FormTokens.COOKIE, browser).formParams(answers).formParam(FormTokens.FIELD, token)
                .when().post("/leads").then().statusCode(200).body(containsString("The answers so far"));
        asSignedIn(lead).cookie(FormTokens.COOKIE, browser).formParams(answers)
                .when().post("/leads").then().statusCode(400).body(containsString("The page had expired"))
                .body(not(containsString("The answers so far"))).body(containsString("value=\"RR-2026-014\""));
        asSignedIn(lead).cookie(FormTokens.COOKIE, "another-browsers-value").formParams(answers).formParam(FormTokens.FIELD, token)
                .when().post("/leads/record").then().statusCode(400).body(containsString("The page had expired"));
    }

    @Test
    void anotherUsersTokenIsRefused() {
        Response policy = signIn("policy", "policy-demo");
        Response page = asSignedIn(policy).when().get("/leads");
        Response lead = signIn("lead", "lead-demo");
        asSignedIn(lead).cookie(FormTokens.COOKIE, page.cookie(FormTokens.COOKIE)).formParam(FormTokens.FIELD, formToken(page.asString()))
                .formParam("check", "assessment").when().post("/leads").then().statusCode(400).body(containsString("The page had expired"));
    }

    @Test
    void signingOutEndsTheSession() {
        Response lead = signIn("lead", "lead-demo");
        Response out = asSignedIn(lead).redirects().follow(false).when().get("/leads/sign-out");
        assertEquals(303, out.statusCode());
        assertTrue(out.header("Location").endsWith("/leads/signed-out"), out.header("Location"));
        String cleared = out.getDetailedCookie("quarkus-credential").toString();
        assertTrue(cleared.contains("Max-Age=0") || cleared.contains("Expires="), cleared);
        given().auth().none().when().get("/leads/signed-out").then().statusCode(200).body(containsString("You have signed out"));
    }

    @Test
    void theApiStillTakesBasicSignInAndNeverRedirects() {
        given().auth().preemptive().basic("case-system", "case-system-demo").contentType("application/json")
                .body("{\"incident\": {\"outcome\": \"DIED\"}}").when().post("/api/v1/assessments").then().statusCode(200);
        given().auth().none().redirects().follow(false).contentType("application/json").body("{}")
                .when().post("/api/v1/assessments").then().statusCode(401).contentType(containsString("application/problem+json"));
    }

    private static Response signIn(String user, String password) {
        return given().auth().none().redirects().follow(false).formParam("j_username", user).formParam("j_password", password)
                .when().post("/leads/j_security_check");
    }

    private static RequestSpecification asSignedIn(Response signedIn) {
        String credential = signedIn.cookie("quarkus-credential");
        assertNotNull(credential, "signed in");
        return given().auth().none().redirects().follow(false).cookie("quarkus-credential", credential);
    }

    private static String formToken(String page) {
        Matcher token = FORM_TOKEN.matcher(page);
        assertTrue(token.find(), "the page's form carries a token");
        return token.group(1);
    }
}
