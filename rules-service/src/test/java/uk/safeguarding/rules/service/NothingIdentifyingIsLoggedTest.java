package uk.safeguarding.rules.service;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Requests, good or bad, leave nothing of their content in the logs; the decision log line of an assessment names
 * the outcomes and carries only a keyed hash of the reference.
 */
@QuarkusTest
class NothingIdentifyingIsLoggedTest {

    @org.junit.jupiter.api.BeforeAll
    static void signIn() {
        SignedIn.asLead();
    }

    private static final String MARKER = "ZEBRA-7731";

    @ConfigProperty(name = "safeguarding.decision-log.reference-key")
    String referenceKey;

    private byte[] hmac(String reference) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(referenceKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return mac.doFinal(reference.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void neitherAGoodNorABadRequestLogsItsContent() throws Exception {
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(String.valueOf(record.getMessage()) + " " + java.util.Arrays.toString(record.getParameters())
                        + " " + record.getThrown());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        capture.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        Logger decisions = Logger.getLogger(DecisionLog.CATEGORY);
        root.addHandler(capture);
        decisions.addHandler(capture);
        try {
            given().contentType("application/json").body("{\"reference\": \"" + MARKER + "\", \"incident\": {\"outcome\": \"DIED\"}}")
                    .when().post("/api/v1/assessments").then().statusCode(200);
            given().contentType("application/json").body("{\"reference\": \"" + MARKER + "\", \"incident\": {\"outcome\": \"" + MARKER + "\"}}")
                    .when().post("/api/v1/assessments").then().statusCode(400);
            given().contentType("application/json").body("{\"reference\": \"" + MARKER + "\"")
                    .when().post("/api/v1/assessments").then().statusCode(400);
            given().contentType("application/json").body("{\"cases\": [{\"reference\": \"" + MARKER + "\", \"child\": {\"ageInYears\": 7},"
                            + " \"incident\": {\"outcome\": \"HARMED\"}}]}")
                    .when().post("/api/v1/assessments/batch").then().statusCode(200);
        } finally {
            root.removeHandler(capture);
            decisions.removeHandler(capture);
        }
        assertTrue(logged.stream().noneMatch(line -> line.contains(MARKER)), logged.toString());
        List<String> decisionLines = logged.stream().filter(line -> line.startsWith("{\"time\"")).toList();
        assertEquals(2, decisionLines.size(), "one decision line for each assessment made: " + logged);
        String expectedHash = "hmac-sha256:" + HexFormat.of().formatHex(hmac(MARKER));
        for (String line : decisionLines) {
            assertTrue(line.contains("\"referenceHmac\":\"" + expectedHash + "\""), line);
            assertTrue(line.contains("\"caller\":\"lead\""), line);
            assertTrue(line.contains("\"ruleSetHash\":\"sha256:"), line);
            assertTrue(line.contains("\"panelNotification\":\""), line);
            assertFalse(line.contains("ageInYears") || line.contains("HARMED\"}") || line.contains("\"child\""), line);
        }
        assertTrue(decisionLines.get(1).contains("\"batchIndex\":0"), decisionLines.get(1));
    }
}
