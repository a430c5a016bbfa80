package uk.safeguarding.rules.service;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

/** Every request has an id, on each log line written while it is handled and in the X-Request-Id response header. */
@QuarkusTest
class RequestIdTest {

    private static final String UUID_SHAPE = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    /** A request that writes a log line, as the decision log does. Test-only, and out of the OpenAPI document. */
    @Path("/test/logs-a-line")
    public static class LoggingResource {
        @GET
        @Operation(hidden = true)
        public String logALine() {
            org.jboss.logging.Logger.getLogger(RequestIdTest.class).info("a line written while handling a request");
            return "logged";
        }
    }

    @Test
    void eachLogLineWrittenForARequestCarriesTheIdTheCallerIsGiven() {
        List<String> ids = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record instanceof ExtLogRecord ext && "a line written while handling a request".equals(record.getMessage())) {
                    ids.add(String.valueOf(ext.getMdc(RequestIds.MDC_KEY)));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            String first = given().when().get("/test/logs-a-line").then().statusCode(200).extract().header(RequestIds.HEADER);
            String second = given().when().get("/test/logs-a-line").then().statusCode(200).extract().header(RequestIds.HEADER);
            assertTrue(first.matches(UUID_SHAPE), first);
            assertNotEquals(first, second);
            assertEquals(List.of(first, second), ids);
        } finally {
            root.removeHandler(capture);
        }
    }

    @Test
    void anIdFromTheLoadBalancerIsKeptButACaseReferenceIsNeverUsedAsOne() {
        String ingressId = "4f1c2a9e8b7d6c5a4f1c2a9e8b7d6c5a";
        given().header(RequestIds.HEADER, ingressId).when().get("/api/v1/rules")
                .then().statusCode(200).header(RequestIds.HEADER, ingressId);
        String replaced = given().header(RequestIds.HEADER, "RR-2026-014").when().get("/api/v1/rules")
                .then().statusCode(200).extract().header(RequestIds.HEADER);
        assertTrue(replaced.matches(UUID_SHAPE), replaced);
    }

    @Test
    void aRefusedRequestHasAnIdToo() {
        given().contentType("application/json").body("{").when().post("/api/v1/assessments")
                .then().statusCode(400).header(RequestIds.HEADER, org.hamcrest.Matchers.matchesPattern(UUID_SHAPE));
    }
}
