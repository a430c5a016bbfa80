package uk.safeguarding.rules.service;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** /q/metrics says what the service has been doing, in Prometheus format, and nothing about which cases it saw. */
@QuarkusTest
class MetricsTest {

    private static final String REFERENCE = "RR-2026-014";

    @Test
    void anAssessmentIsCountedByVerdictAndOutcomeAndTimedPerOperation() {
        String before = metrics();
        given().contentType("application/json").body(Examples.read("sudi.request.json"))
                .when().post("/api/v1/assessments").then().statusCode(200);
        String after = metrics();

        String panelYes = "safeguarding_assessments_total{outcome=\"YES\",question=\"panelNotification\"}";
        String secretaryNo = "safeguarding_assessments_total{outcome=\"NO\",question=\"secretaryOfStateNotification\"}";
        assertEquals(value(before, panelYes) + 1, value(after, panelYes), after);
        assertEquals(value(before, secretaryNo) + 1, value(after, secretaryNo), after);
        String assessCount = "safeguarding_operation_seconds_count{operation=\"assess\"}";
        assertEquals(value(before, assessCount) + 1, value(after, assessCount), after);
        assertTrue(after.contains("safeguarding_operation_seconds_bucket{operation=\"assess\",le=\""), "a histogram, not only a summary");
        assertFalse(after.contains(REFERENCE), "no case reference in the metrics");
    }

    @Test
    void theRuleSetInServiceIsAnInfoMetricWithItsVersionAndHash() {
        String hash = given().when().get("/api/v1/rules").then().statusCode(200).extract().path("contentHash");
        String version = given().when().get("/api/v1/rules").then().extract().path("version");
        String info = "safeguarding_rule_set_info{hash=\"" + hash + "\",profile=\"national\",version=\"" + version + "\"}";
        assertEquals(1.0, value(metrics(), info), metrics());
        assertEquals(1, metrics().lines().filter(line -> line.startsWith("safeguarding_rule_set_info{")).count(),
                "one rule set in service at a time");
    }

    @Test
    void reloadsAreCountedByResultFromTheStart() {
        String now = metrics();
        assertTrue(now.contains("safeguarding_rule_reloads_total{result=\"succeeded\"}"), now);
        assertTrue(now.contains("safeguarding_rule_reloads_total{result=\"refused\"}"), now);
    }

    @Test
    void rejectedRequestsAreCountedByReason() {
        String invalid = "safeguarding_requests_rejected_total{reason=\"invalid-input\"}";
        String unsupported = "safeguarding_requests_rejected_total{reason=\"unsupported-media-type\"}";
        String before = metrics();
        given().contentType("application/json").body("{\"reference\": \"" + REFERENCE + "\", \"incident\": {\"outcome\": \"DEAD\"}}")
                .when().post("/api/v1/assessments").then().statusCode(400);
        given().contentType("text/plain").body("hello").when().post("/api/v1/assessments").then().statusCode(415);
        String after = metrics();
        assertEquals(value(before, invalid) + 1, value(after, invalid), after);
        assertEquals(value(before, unsupported) + 1, value(after, unsupported), after);
        assertFalse(after.contains(REFERENCE), "no case reference in the metrics");
    }

    private static String metrics() {
        // The text format ends a label set with ",}"; read it as the labels it holds.
        return given().accept("text/plain").when().get("/q/metrics").then().statusCode(200).extract().asString().replace(",}", "}");
    }

    /** The sample's value, or 0 when the series does not exist yet. */
    private static double value(String exposition, String series) {
        Matcher sample = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(exposition);
        return sample.find() ? Double.parseDouble(sample.group(1)) : 0;
    }
}
