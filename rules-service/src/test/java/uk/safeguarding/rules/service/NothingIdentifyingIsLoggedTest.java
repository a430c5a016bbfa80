package uk.safeguarding.rules.service;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Requests, good or bad, leave nothing of their content in the logs. */
@QuarkusTest
class NothingIdentifyingIsLoggedTest {

    private static final String MARKER = "ZEBRA-7731";

    @Test
    void neitherAGoodNorABadRequestLogsItsContent() {
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
        root.addHandler(capture);
        try {
            given().contentType("application/json").body("{\"reference\": \"" + MARKER + "\", \"incident\": {\"outcome\": \"DIED\"}}")
                    .when().post("/api/v1/assessments").then().statusCode(200);
            given().contentType("application/json").body("{\"reference\": \"" + MARKER + "\", \"incident\": {\"outcome\": \"" + MARKER + "\"}}")
                    .when().post("/api/v1/assessments").then().statusCode(400);
            given().contentType("application/json").body("{\"reference\": \"" + MARKER + "\"")
                    .when().post("/api/v1/assessments").then().statusCode(400);
        } finally {
            root.removeHandler(capture);
        }
        assertTrue(logged.stream().noneMatch(line -> line.contains(MARKER)), logged.toString());
    }
}
