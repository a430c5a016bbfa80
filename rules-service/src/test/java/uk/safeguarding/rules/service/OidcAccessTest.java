package uk.safeguarding.rules.service;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Production access: OpenID Connect bearer tokens, verified here against a local test key (no identity provider and
 * no Dev Services), with the demonstration users switched off.
 */
@QuarkusTest
@TestProfile(OidcAccessTest.Oidc.class)
class OidcAccessTest {

    static final String ISSUER = "https://identity.example.test/partnership";

    public static class Oidc implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.tenant-enabled", "true",
                    "quarkus.oidc.public-key", pemBody("test-token-verification-key.pem"),
                    "quarkus.oidc.token.issuer", ISSUER,
                    DemoUsers.SWITCH, "false");
        }
    }

    private static String token(PrivateKey key, Set<String> groups, Instant expires) {
        return Jwt.issuer(ISSUER).subject("case-system-17").upn("case-system-17").groups(groups).expiresAt(expires).sign(key);
    }

    private static String token(Set<String> groups) {
        return token(signingKey(), groups, Instant.now().plusSeconds(300));
    }

    @Test
    void eachRoleInTheTokenMayUseEveryEndpoint() {
        for (String role : new String[] {Roles.CASE_SYSTEM, Roles.LEAD, Roles.POLICY}) {
            String token = token(Set.of(role));
            for (Endpoints.Call call : Endpoints.ALL) {
                call.send(given().auth().oauth2(token)).then().statusCode(200);
            }
        }
    }

    @Test
    void aTokenWithoutOneOfTheRolesIs403() {
        String token = token(Set.of("finance"));
        for (Endpoints.Call call : Endpoints.ALL) {
            call.send(given().auth().oauth2(token)).then().statusCode(403).contentType(Problem.MEDIA_TYPE);
        }
    }

    @Test
    void noTokenAnExpiredTokenOrOneSignedWithAnotherKeyIs401() throws GeneralSecurityException {
        String expired = token(signingKey(), Set.of(Roles.LEAD), Instant.now().minusSeconds(3600));
        String forged = token(KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate(), Set.of(Roles.LEAD),
                Instant.now().plusSeconds(300));
        for (Endpoints.Call call : Endpoints.ALL) {
            call.send(given().auth().none()).then().statusCode(401).contentType(Problem.MEDIA_TYPE);
            call.send(given().auth().oauth2(expired)).then().statusCode(401);
            call.send(given().auth().oauth2(forged)).then().statusCode(401);
        }
    }

    @Test
    void theDemonstrationUsersAreRefusedOnceSwitchedOff() {
        for (Endpoints.Call call : Endpoints.ALL) {
            call.send(given().auth().preemptive().basic(Roles.LEAD, DemoUsersAccessTest.PASSWORDS.get(Roles.LEAD))).then().statusCode(401);
        }
    }

    @Test
    void healthAndTheOpenApiDocumentStayOpen() {
        given().auth().none().when().get("/q/health/ready").then().statusCode(200);
        given().auth().none().when().get("/q/openapi").then().statusCode(200);
    }

    private static PrivateKey signingKey() {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(
                    Base64.getDecoder().decode(pemBody("test-token-signing-key.pem"))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The base64 body of a PEM file on the test class path. */
    static String pemBody(String resource) {
        try (InputStream in = OidcAccessTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
