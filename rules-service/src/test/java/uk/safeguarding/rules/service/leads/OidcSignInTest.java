package uk.safeguarding.rules.service.leads;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With OpenID Connect configured as the README says for the page (hybrid: code flow for the page, bearer tokens for
 * /api), a browser that has not signed in is sent to the identity provider's login, and the API still answers 401
 * problem details. The provider is never called: the redirect is worked out from the settings alone.
 */
@QuarkusTest
@TestProfile(OidcSignInTest.CodeFlow.class)
class OidcSignInTest {

    static final String PROVIDER = "https://identity.example.test/realms/partnership";

    public static class CodeFlow implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.ofEntries(Map.entry("quarkus.oidc.tenant-enabled", "true"),
                    Map.entry("quarkus.oidc.application-type", "hybrid"),
                    Map.entry("quarkus.http.auth.permission.leads.auth-mechanism", "code"),
                    Map.entry("quarkus.oidc.auth-server-url", PROVIDER),
                    Map.entry("quarkus.oidc.discovery-enabled", "false"),
                    Map.entry("quarkus.oidc.authorization-path", "protocol/openid-connect/auth"),
                    Map.entry("quarkus.oidc.token-path", "protocol/openid-connect/token"),
                    Map.entry("quarkus.oidc.introspection-path", "protocol/openid-connect/token/introspect"),
                    Map.entry("quarkus.oidc.client-id", "safeguarding-rules"),
                    Map.entry("quarkus.oidc.credentials.secret", "a secret for the tests only"),
                    Map.entry("safeguarding.access.demo-users", "false"));
        }
    }

    @Test
    void aBrowserThatHasNotSignedInIsSentToTheIdentityProvidersLogin() {
        given().auth().none().redirects().follow(false).when().get("/leads").then().statusCode(302)
                .header("Location", startsWith(PROVIDER + "/protocol/openid-connect/auth?"))
                .header("Location", containsString("response_type=code"))
                .header("Location", containsString("client_id=safeguarding-rules"));
    }

    @Test
    void theApiStillAnswers401ProblemDetailsWithoutABearerToken() {
        given().auth().none().redirects().follow(false).contentType("application/json").body("{}")
                .when().post("/api/v1/assessments").then().statusCode(401).contentType(containsString("application/problem+json"));
    }
}
