package uk.safeguarding.rules.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    private final ObjectMapper json;
    private final Map<String, Object> root;
    private final Age age;
    private final CareTime careTime;
    // Explanations name the same facts many times over; each is read from the records once per assessment.
    private final Map<String, List<Object>> resolved = new HashMap<>();
    private final Map<String, FactUsed> used = new HashMap<>();

    FactValues(ObjectMapper json, SafeguardingCase safeguardingCase, List<Object> facts) {
        this.json = json;
        this.age = only(facts, Age.class);
        this.careTime = only(facts, CareTime.class);
        this.root = new HashMap<>(Records.components(safeguardingCase));
        root.put(FactPaths.DERIVED, Map.of("age", age, "careTime", careTime));
        root.put(FactPaths.PARAMETERS, Map.of("thresholds", only(facts, Thresholds.class)));
    }

    private static <T> T only(List<Object> facts, Class<T> type) {
        for (Object fact : facts) {
            if (type.isInstance(fact)) {
                return type.cast(fact);
            }
        }
        throw new IllegalStateException("no " + type.getSimpleName() + " among the facts");
    }

    /** The value at a path: a scalar, or for a path through a list ("otherVictims[].died") the list of values. */
    Object value(String path) {
        List<Object> values = resolve(path);
        if (path.contains("[]")) {
            return values.stream().map(this::plain).toList();
        }
        return values.isEmpty() ? null : plain(values.get(0));
    }

    /** A fact is unknown when it is UNKNOWN, not given, or any value along a list is. */
    boolean isUnknown(String path) {
        List<Object> values = resolve(path);
        if (values.isEmpty()) {
            return !path.contains("[]");
        }
        for (Object value : values) {
            if (value == null || UNKNOWN.equals(value instanceof Enum<?> constant ? constant.name() : value)) {
                return true;
            }
        }
        return false;
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
        return used.computeIfAbsent(path, p -> new FactUsed(p, value(p), derivedFrom(p)));
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

    /** The values a path reaches, read from the records: one, or for a path through a list, one per element. */
    private List<Object> resolve(String path) {
        return resolved.computeIfAbsent(path, this::resolveFromTheRecords);
    }

    private List<Object> resolveFromTheRecords(String path) {
        List<Object> current = new ArrayList<>(1);
        current.add(root);
        for (String segment : Records.segments(path)) {
            boolean list = segment.endsWith("[]");
            String name = list ? segment.substring(0, segment.length() - 2) : segment;
            List<Object> next = new ArrayList<>(current.size());
            for (Object node : current) {
                // The request lists organisations directly ("attendees": ["POLICE"]) where the rules see one-field
                // facts (MeetingAttendee.organisation): on a plain value, the field is the value itself.
                Object child = node == null ? null : node instanceof Record || node instanceof Map<?, ?> ? Records.component(node, name) : node;
                if (list && child instanceof List<?> elements) {
                    next.addAll(elements);
                } else if (!list) {
                    next.add(child);
                }
            }
            current = next;
        }
        return current;
    }

    /** A value as the response writes it: text for names and dates, numbers and booleans as they are, a tree for the rest. */
    private Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        JsonNode node = json.valueToTree(value);
        return node.isTextual() ? node.textValue() : node;
    }
}
