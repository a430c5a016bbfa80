package uk.safeguarding.rules.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Over HTTP, answers given while many requests are in flight (single cases, batches, timescales, quorum) are the same
 * as the answers to the same requests sent one at a time: nothing is shared between requests that should not be.
 */
@QuarkusTest
class ConcurrentAnswersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> PATHS = Map.of(
            "assessments", "/api/v1/assessments",
            "timescales", "/api/v1/timescales",
            "quorum", "/api/v1/rapid-review-meetings/quorum");
    private static final String AUTHORIZATION = "Basic " + Base64.getEncoder()
            .encodeToString((Roles.CASE_SYSTEM + ":case-system-demo").getBytes(StandardCharsets.UTF_8));

    @TestHTTPResource("/")
    URI base;

    private final HttpClient client = HttpClient.newHttpClient();

    private record Call(String path, String body) {
    }

    @Test
    void answersUnderConcurrentLoadAreTheSameAsOneAtATime() throws Exception {
        List<Call> calls = new ArrayList<>();
        List<String> assessmentRequests = new ArrayList<>();
        for (Examples.Example example : Examples.all()) {
            calls.add(new Call(PATHS.get(example.group()), example.request()));
            if (example.group().equals("assessments")) {
                assessmentRequests.add(example.request());
            }
        }
        calls.add(new Call("/api/v1/assessments/batch?impact=true", "{\"cases\": [" + String.join(",", assessmentRequests) + "]}"));
        calls.add(new Call("/api/v1/assessments", "{\"incident\": {\"outcome\": \"DEAD\"}}"));
        List<String> sequential = new ArrayList<>();
        for (Call call : calls) {
            sequential.add(send(call));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> concurrent = new ArrayList<>();
            int rounds = 6;
            for (int i = 0; i < calls.size() * rounds; i++) {
                Call call = calls.get(i % calls.size());
                concurrent.add(pool.submit(() -> send(call)));
            }
            for (int i = 0; i < concurrent.size(); i++) {
                assertEquals(sequential.get(i % calls.size()), concurrent.get(i).get(), "answer to " + calls.get(i % calls.size()).path());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The status and the answer, without the moment it was given; a batch turned away as busy is sent again, as told. */
    private String send(Call call) throws Exception {
        HttpResponse<String> response;
        int tries = 0;
        do {
            response = client.send(HttpRequest.newBuilder(base.resolve(call.path()))
                    .header("Content-Type", "application/json").header("Authorization", AUTHORIZATION)
                    .POST(HttpRequest.BodyPublishers.ofString(call.body())).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 429) {
                Thread.sleep(1000L * Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow()));
            }
        } while (response.statusCode() == 429 && ++tries < 60);
        JsonNode answer = JSON.readTree(response.body());
        withoutEvaluationTimes(answer);
        return response.statusCode() + " " + answer;
    }

    private static void withoutEvaluationTimes(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("evaluatedAt");
        }
        node.elements().forEachRemaining(ConcurrentAnswersTest::withoutEvaluationTimes);
    }
}
