package uk.safeguarding.rules.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import uk.safeguarding.rules.input.Json;

/**
 * Two instances of the packaged service, as two replicas behind a load balancer: the same cases get the same answers,
 * byte for byte apart from the time of assessment, from the same rule set. Then one is stopped as Kubernetes stops a
 * pod: the request it is working on finishes and new ones are refused with problem details.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicasIT {

    private static final Path CASES = Path.of(System.getProperty("cases.dir", "../test-cases/cases"));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH_LIMIT = 50;
    private static PackagedService first;
    private static PackagedService second;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        // The shutdown delay (5 s in production) is shortened so the test does not wait for it. The batch time limit
        // (30 s in production) is lengthened: this test compares answers, and on a loaded machine one replica reaching
        // the limit mid-batch would answer "not reached" where the other answers the case.
        String[] options = {"-Dquarkus.shutdown.delay=3s", "-Dsafeguarding.batch.time-limit=10M"};
        first = PackagedService.start("replica-1", options);
        second = PackagedService.start("replica-2", options);
        // Generous: startup compiles the rules, and a shared CI machine can be slow; the wait ends as soon as both are ready.
        first.awaitReady(Duration.ofMinutes(10));
        second.awaitReady(Duration.ofMinutes(10));
    }

    @AfterAll
    static void stop() throws Exception {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
    }

    @Test
    @Order(1)
    void bothReplicasRunTheSameRuleSet() throws Exception {
        JsonNode one = JSON.readTree(first.get("/q/health/ready").body());
        JsonNode two = JSON.readTree(second.get("/q/health/ready").body());
        String hash = rulesCheck(one).at("/data/contentHash").asText();
        assertTrue(hash.startsWith("sha256:"), one.toString());
        assertEquals(hash, rulesCheck(two).at("/data/contentHash").asText());
        assertEquals(first.get("/api/v1/rules").body(), second.get("/api/v1/rules").body(), "the same rule catalogue");
    }

    /** The readiness check that names the rule set serving. */
    private static JsonNode rulesCheck(JsonNode readiness) {
        for (JsonNode check : readiness.get("checks")) {
            if (check.path("data").has("contentHash")) {
                return check;
            }
        }
        throw new AssertionError("no readiness check names the rule set: " + readiness);
    }

    @Test
    @Order(2)
    void theSameCasesGetByteIdenticalAnswersFromBothReplicas() throws Exception {
        List<String> cases = corpus();
        assertTrue(cases.size() > 50, "the whole regression corpus, " + cases.size() + " cases");
        int compared = 0;
        for (int from = 0; from < cases.size(); from += BATCH_LIMIT) {
            String batch = "{\"cases\": [" + String.join(",", cases.subList(from, Math.min(cases.size(), from + BATCH_LIMIT))) + "]}";
            CompletableFuture<HttpResponse<String>> fromFirst = first.sendAsync(first.post("/api/v1/assessments/batch?impact=true", batch));
            CompletableFuture<HttpResponse<String>> fromSecond = second.sendAsync(second.post("/api/v1/assessments/batch?impact=true", batch));
            HttpResponse<String> one = fromFirst.get();
            HttpResponse<String> two = fromSecond.get();
            assertEquals(200, one.statusCode(), one.body());
            assertEquals(200, two.statusCode(), two.body());
            assertTrue(one.body().contains("\"evaluatedAt\""), "each assessment carries its time");
            assertEquals(withoutAssessmentTimes(one.body()), withoutAssessmentTimes(two.body()),
                    "cases " + from + " onwards answered differently by the two replicas");
            compared += JSON.readTree(one.body()).get("results").size();
        }
        assertEquals(cases.size(), compared);
        for (String name : List.of("sudi", "criminal-exploitation", "serious-harm-facts-unknown")) {
            String request = Examples.read(name + ".request.json");
            String one = first.send(first.post("/api/v1/assessments", request)).body();
            String two = second.send(second.post("/api/v1/assessments", request)).body();
            assertEquals(withoutAssessmentTimes(one), withoutAssessmentTimes(two), name);
        }
    }

    @Test
    @Order(3)
    void inProductionEachLogLineIsAJsonObject() throws Exception {
        List<String> lines = first.logText().lines().filter(line -> !line.isBlank()).toList();
        assertFalse(lines.isEmpty());
        for (String line : lines) {
            JsonNode entry = JSON.readTree(line);
            assertTrue(entry.hasNonNull("message") && entry.hasNonNull("timestamp") && entry.hasNonNull("level"), line);
        }
        assertTrue(lines.stream().anyMatch(line -> line.contains("ready (") && line.contains("rules")), String.join("\n", lines));
    }

    @Test
    @Order(4)
    void onSigtermTheRequestInFlightFinishesAndNewOnesAreRefusedWithProblemDetails() throws Exception {
        List<String> cases = corpus();
        String slowBatch = "{\"cases\": [" + String.join(",", cases.subList(0, BATCH_LIMIT)) + "]}";
        CompletableFuture<HttpResponse<String>> inFlight = second.sendAsync(second.post("/api/v1/assessments/batch?impact=true", slowBatch));
        Thread.sleep(200);
        second.terminate();

        HttpResponse<String> refused = null;
        HttpResponse<String> readinessWhileStopping = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (refused == null && System.nanoTime() < deadline) {
            try {
                HttpResponse<String> attempt = second.send(second.post("/api/v1/assessments", Examples.read("sudi.request.json")));
                if (attempt.statusCode() == 503) {
                    refused = attempt;
                    readinessWhileStopping = second.get("/q/health/ready");
                }
            } catch (IOException closedAlready) {
                break;
            }
            Thread.sleep(20);
        }
        assertNotNull(refused, "no request was refused while stopping; log:\n" + second.logText());
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
        JsonNode problem = JSON.readTree(refused.body());
        assertEquals("urn:safeguarding-rules:problem:shutting-down", problem.path("type").asText(), refused.body());
        assertEquals(503, problem.path("status").asInt());
        assertEquals(503, readinessWhileStopping.statusCode(), "readiness is DOWN while the instance drains");

        HttpResponse<String> finished = inFlight.get();
        assertEquals(200, finished.statusCode(), finished.body());
        assertEquals(BATCH_LIMIT, JSON.readTree(finished.body()).get("results").size());
        assertTrue(second.awaitExit(Duration.ofSeconds(60)), "the instance stops once its requests are done");
        // The other replica carries on.
        assertEquals(200, first.send(first.post("/api/v1/assessments", Examples.read("sudi.request.json"))).statusCode());
    }

    /** The time of assessment is the one thing two replicas may not share. */
    private static String withoutAssessmentTimes(String body) {
        return body.replaceAll("\"evaluatedAt\":\"[^\"]*\"", "\"evaluatedAt\":\"(time)\"");
    }

    /** Every case of the regression corpus, as the JSON a case system would send. */
    private static List<String> corpus() throws IOException {
        ObjectMapper yaml = Json.yamlMapper();
        try (Stream<Path> files = Files.walk(CASES)) {
            List<String> cases = new ArrayList<>();
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                cases.add(JSON.writeValueAsString(yaml.readTree(file.toFile()).get("input")));
            }
            return cases;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
