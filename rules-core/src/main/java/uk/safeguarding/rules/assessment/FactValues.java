package uk.safeguarding.rules.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import uk.safeguarding.rules.facts.Age;
import uk.safeguarding.rules.facts.CareTime;
import uk.safeguarding.rules.facts.FactPaths;
import uk.safeguarding.rules.facts.Thresholds;
import uk.safeguarding.rules.model.SafeguardingCase;

/**
 * The values of one case's facts by path, as rule explanations name them: the case as given, the facts derived from its
 * dates (under "derived") and the thresholds in force (under "parameters").
 */
final class FactValues {

    private static final String UNKNOWN = "UNKNOWN";

    private final ObjectNode tree;
    private final Age age;
    private final CareTime careTime;

    FactValues(ObjectMapper json, SafeguardingCase safeguardingCase, List<Object> facts) {
        this.tree = json.valueToTree(safeguardingCase);
        this.age = only(facts, Age.class);
        this.careTime = only(facts, CareTime.class);
        ObjectNode derived = tree.putObject(FactPaths.DERIVED);
        derived.set("age", json.valueToTree(age));
        derived.set("careTime", json.valueToTree(careTime));
        tree.putObject(FactPaths.PARAMETERS).set("thresholds", json.valueToTree(only(facts, Thresholds.class)));
    }

    private static <T> T only(List<Object> facts, Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + type.getSimpleName() + " among the facts"));
    }

    /** The value at a path: a scalar, or for a path through a list ("otherVictims[].died") the list of values. */
    Object value(String path) {
        List<JsonNode> nodes = resolve(path);
        if (path.contains("[]")) {
            return nodes.stream().map(FactValues::plain).toList();
        }
        return nodes.isEmpty() ? null : plain(nodes.get(0));
    }

    /** A fact is unknown when it is UNKNOWN, not given, or any value along a list is. */
    boolean isUnknown(String path) {
        List<JsonNode> nodes = resolve(path);
        if (nodes.isEmpty()) {
            return !path.contains("[]");
        }
        return nodes.stream().anyMatch(n -> n == null || n.isNull() || n.isMissingNode() || UNKNOWN.equals(n.asText()));
    }

    /** For a derived fact, the case facts it comes from (or, when unknown, the ones that would settle it). */
    List<String> derivedFrom(String path) {
        if (path.startsWith(FactPaths.DERIVED + ".age")) {
            return age.from();
        }
        if (path.startsWith(FactPaths.DERIVED + ".careTime")) {
            return careTime.from();
        }
        return List.of();
    }

    FactUsed used(String path) {
        return new FactUsed(path, value(path), derivedFrom(path));
    }

    /** The case facts to ask for when a fact is unknown: itself, or what a derived fact would be worked out from. */
    List<String> toAsk(String path) {
        if (path.startsWith(FactPaths.PARAMETERS)) {
            return List.of();
        }
        if (path.startsWith(FactPaths.DERIVED)) {
            return derivedFrom(path).stream().filter(this::isUnknown).toList();
        }
        return List.of(path);
    }

    private List<JsonNode> resolve(String path) {
        List<JsonNode> current = List.of(tree);
        for (String segment : path.split("\\.")) {
            boolean list = segment.endsWith("[]");
            String name = list ? segment.substring(0, segment.length() - 2) : segment;
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode node : current) {
                // The request lists organisations directly ("attendees": ["POLICE"]) where the rules see one-field
                // facts (MeetingAttendee.organisation): on a plain value, the field is the value itself.
                JsonNode child = node == null ? null : node.isValueNode() ? node : node.get(name);
                if (list && child instanceof ArrayNode array) {
                    array.forEach(next::add);
                } else if (!list) {
                    next.add(child);
                }
            }
            current = next;
        }
        return current;
    }

    private static Object plain(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isNumber()) {
            return node.numberValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        return node;
    }
}
