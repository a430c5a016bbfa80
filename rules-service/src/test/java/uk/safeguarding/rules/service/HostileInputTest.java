package uk.safeguarding.rules.service;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.safeguarding.rules.input.InputLimits;

/**
 * A bounded fuzz run with a fixed seed, so a regression fails the build and can be replayed: hostile variants of the
 * example requests sent to every POST operation. Whatever is sent, the answer is never a 5xx, and every refusal is
 * problem details naming the field or the limit.
 */
@QuarkusTest
class HostileInputTest {

    private static final long SEED = 20_261_130L;
    /** Bounded for the test suite; -Dfuzz.requests=10000 runs the full security check. */
    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 1_600);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Map<String, String> OPERATIONS = Map.of(
            "assessments", "/api/v1/assessments",
            "batch", "/api/v1/assessments/batch",
            "timescales", "/api/v1/timescales",
            "quorum", "/api/v1/rapid-review-meetings/quorum");

    /** REST Assured would otherwise try to encode a form body itself instead of sending the bytes. */
    private static final RestAssuredConfig SENDS_ANY_BODY_AS_BYTES = RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
            .encodeContentTypeAs("application/x-www-form-urlencoded", ContentType.BINARY));

    /** A hostile request: its body as bytes and the content type it claims. */
    private record Hostile(String kind, byte[] body, String contentType) {
    }

    @BeforeAll
    static void signIn() {
        SignedIn.asLead();
    }

    @Test
    void noHostileRequestGetsA5xxAndEveryRefusalNamesTheFieldOrTheLimit() throws Exception {
        Random random = new Random(SEED);
        Map<String, List<JsonNode>> valid = validRequests();
        List<String> operations = new ArrayList<>(new TreeMap<>(OPERATIONS).keySet());
        Map<String, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            String operation = operations.get(random.nextInt(operations.size()));
            List<JsonNode> seeds = valid.get(operation);
            Hostile hostile = mutate(seeds.get(random.nextInt(seeds.size())).deepCopy(), random);
            RequestSpecification request = given().config(SENDS_ANY_BODY_AS_BYTES).body(hostile.body())
                    .queryParam("impact", random.nextInt(10) == 0);
            request = hostile.contentType() == null ? request.noContentType() : request.contentType(hostile.contentType());
            Response response = request.when().post(OPERATIONS.get(operation));
            statuses.merge(response.statusCode() + "", 1, Integer::sum);
            String problem = problemWith(response);
            if (problem != null) {
                failures.add("request " + i + " (" + operation + ", " + hostile.kind() + "): " + problem);
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + REQUESTS + " failed; seed " + SEED + "; first: "
                + failures.subList(0, Math.min(10, failures.size())) + "; statuses " + statuses);
        assertTrue(statuses.keySet().stream().anyMatch(status -> status.startsWith("4")), "the fuzzer sent nothing hostile: " + statuses);
    }

    /** Why a response breaks the contract, or null if it keeps it. */
    private static String problemWith(Response response) {
        int status = response.statusCode();
        if (status >= 500) {
            return "status " + status;
        }
        if (status < 400) {
            return status == 200 ? null : "status " + status;
        }
        if (!String.valueOf(response.contentType()).startsWith(Problem.MEDIA_TYPE)) {
            return "status " + status + " as " + response.contentType();
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(response.asString());
        } catch (Exception notJson) {
            return "status " + status + " with a body that is not JSON";
        }
        boolean namesAField = problem.path("errors").size() > 0 && problem.path("errors").findValues("path").stream()
                .allMatch(path -> !path.asText().isBlank()) && problem.path("errors").findValues("message").stream()
                .allMatch(message -> !message.asText().isBlank());
        boolean namesALimit = problem.path("detail").asText().contains("JSON") || problem.path("detail").asText().contains("larger");
        return namesAField || namesALimit ? null : "status " + status + " naming neither a field nor a limit: " + problem;
    }

    private static Map<String, List<JsonNode>> validRequests() throws Exception {
        Map<String, List<JsonNode>> valid = new TreeMap<>();
        for (Examples.Example example : Examples.all()) {
            valid.computeIfAbsent(example.group(), group -> new ArrayList<>()).add(JSON.readTree(example.request()));
        }
        ArrayNode cases = NODES.arrayNode();
        valid.get("assessments").forEach(cases::add);
        valid.put("batch", List.of(NODES.objectNode().set("cases", cases)));
        return valid;
    }

    private static Hostile mutate(JsonNode request, Random random) {
        String json = "application/json";
        return switch (random.nextInt(16)) {
            case 0 -> new Hostile("unchanged", bytes(request.toString()), json);
            case 1, 2, 3 -> {
                replaceAValue(request, random, hostileValue(random));
                yield new Hostile("hostile value", bytes(request.toString()), json);
            }
            case 4 -> {
                replaceAValue(request, random, nested(random.nextBoolean() ? "[" : "{\"a\":", random.nextBoolean() ? 2_000 : 20));
                yield new Hostile("deep nesting", bytes(request.toString()), json);
            }
            case 5 -> {
                String text = request.toString();
                int brace = text.indexOf('{', 1);
                yield new Hostile("duplicate key", bytes(brace < 0 ? "{\"a\": 1, \"a\": 2}"
                        : text.substring(0, 1) + text.substring(1, brace).replaceFirst("^\"([^\"]+)\":", "\"$1\": null, \"$1\":")
                        + text.substring(brace)), json);
            }
            case 6 -> {
                String text = request.toString();
                yield new Hostile("truncated", bytes(text.substring(0, random.nextInt(Math.max(1, text.length())))), json);
            }
            case 7 -> new Hostile("empty body", new byte[0], json);
            case 8 -> {
                byte[] text = bytes(request.toString());
                byte[] broken = new byte[text.length + 3];
                int at = random.nextInt(text.length);
                System.arraycopy(text, 0, broken, 0, at);
                broken[at] = (byte) 0xC3;
                broken[at + 1] = (byte) 0x28;
                broken[at + 2] = (byte) 0xFF;
                System.arraycopy(text, at, broken, at + 3, text.length - at);
                yield new Hostile("invalid UTF-8", broken, json);
            }
            case 9 -> new Hostile("wrong media type", bytes(request.toString()),
                    List.of("text/plain", "application/xml", "text/csv", "application/x-www-form-urlencoded")
                            .get(random.nextInt(4)));
            case 10 -> new Hostile("no media type", bytes(request.toString()), null);
            case 11 -> {
                ((ObjectNode) request).set("unexpected" + random.nextInt(100), hostileValue(random));
                yield new Hostile("unknown field", bytes(request.toString()), json);
            }
            case 12 -> new Hostile("not an object", bytes(List.of("[]", "\"text\"", "42", "null", "true", "[{}]").get(random.nextInt(6))), json);
            case 13 -> {
                byte[] noise = new byte[1 + random.nextInt(300)];
                random.nextBytes(noise);
                yield new Hostile("random bytes", noise, json);
            }
            case 14 -> new Hostile("huge body", bytes("{\"reference\": \"" + "x".repeat(InputLimits.MAX_BODY_BYTES) + "\"}"), json);
            default -> {
                for (int n = 0; n < 3; n++) {
                    replaceAValue(request, random, hostileValue(random));
                }
                yield new Hostile("several hostile values", bytes(request.toString()), json);
            }
        };
    }

    private static JsonNode hostileValue(Random random) {
        return switch (random.nextInt(16)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.textNode("NOT_A_VALUE");
            case 2 -> NODES.textNode("2026-02-30");
            case 3 -> NODES.textNode("x".repeat(10_000));
            case 4 -> NODES.numberNode(-1);
            case 5 -> NODES.numberNode(Long.MAX_VALUE);
            case 6 -> NODES.numberNode(new java.math.BigDecimal("1e400"));
            case 7 -> NODES.numberNode(new java.math.BigInteger("9".repeat(2_000)));
            case 8 -> NODES.booleanNode(random.nextBoolean());
            case 9 -> NODES.objectNode().put("nested", "object");
            case 10 -> {
                ArrayNode huge = NODES.arrayNode();
                for (int n = 0; n < 5_000; n++) {
                    huge.add(n);
                }
                yield huge;
            }
            case 11 -> NODES.arrayNode().addNull();
            case 12 -> NODES.textNode("9999-12-31");
            case 13 -> NODES.numberNode(3.7);
            case 14 -> NODES.textNode("\u0000\uFFFF\uD800");
            default -> NODES.textNode("");
        };
    }

    /** Replaces one value somewhere in the tree (any depth) with {@code replacement}. */
    private static void replaceAValue(JsonNode root, Random random, JsonNode replacement) {
        JsonNode container = root;
        for (int depth = 0; depth < 6; depth++) {
            List<JsonNode> children = new ArrayList<>();
            container.elements().forEachRemaining(children::add);
            List<JsonNode> containers = children.stream().filter(JsonNode::isContainerNode).filter(c -> c.size() > 0).toList();
            if (containers.isEmpty() || random.nextInt(3) == 0) {
                break;
            }
            container = containers.get(random.nextInt(containers.size()));
        }
        if (container instanceof ObjectNode object && object.size() > 0) {
            List<String> names = new ArrayList<>();
            Iterator<String> fields = object.fieldNames();
            fields.forEachRemaining(names::add);
            object.set(names.get(random.nextInt(names.size())), replacement);
        } else if (container instanceof ArrayNode array && array.size() > 0) {
            array.set(random.nextInt(array.size()), replacement);
        }
    }

    /** Objects or lists nested {@code depth} deep, written as they are (a tree that deep could not be built here either). */
    private static JsonNode nested(String opening, int depth) {
        boolean list = opening.equals("[");
        return NODES.rawValueNode(new RawValue(opening.repeat(depth) + (list ? "" : "1") + (list ? "]" : "}").repeat(depth)));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

}
