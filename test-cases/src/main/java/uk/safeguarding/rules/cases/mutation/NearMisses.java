package uk.safeguarding.rules.cases.mutation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.safeguarding.rules.cases.CaseFile;
import uk.safeguarding.rules.model.SafeguardingCase;

/**
 * The near misses of a case: its input with one fact changed, as a policy officer would write the case next to one
 * that matters ("the same, but the child was 18"). Every fact the request model has is tried, given or not: each other
 * value of a choice, and leaving it out (unknown); a date a day or a year either side; a number one either side, or one
 * another case gives; an entry of a list taken out, or added. They are the inputs {@code mutate --suggest} tries when
 * no case notices a mutant.
 */
final class NearMisses {

    /** One near miss: the case it is near, the change in words ("child.lookedAfter.careOrder is YES, not NO"), the input. */
    record NearMiss(CaseFile base, String change, JsonNode input) {
    }

    /**
     * A fact of the request model: its path from the request's root, and its type; for a list, the type of its entries
     * and, when they are records, their own facts (paths from the entry).
     */
    private record Fact(List<String> path, Class<?> type, Class<?> elementType, List<Fact> entryFacts) {

        String name() {
            return String.join(".", path);
        }
    }

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** Facts that cannot change an answer: the case's own reference, and the day it is assessed on, set by the case file. */
    private static final Set<String> NOT_FACTS = Set.of("reference", "assessedOn");
    private static final List<Fact> FACTS = facts(SafeguardingCase.class, List.of());

    /** Values other cases give each fact that is not a choice: numbers, names, lists. */
    private final Map<String, Set<JsonNode>> seen = new LinkedHashMap<>();

    NearMisses(List<CaseFile> cases) {
        for (CaseFile file : cases) {
            for (Fact fact : FACTS) {
                JsonNode value = at(file.testCase().input(), fact.path());
                if (value != null && !value.isNull()) {
                    seen.computeIfAbsent(fact.name(), name -> new LinkedHashSet<>()).add(value);
                }
            }
        }
    }

    /** The case's near misses, in the order of the request model's facts. */
    List<NearMiss> of(CaseFile file) {
        JsonNode input = file.testCase().input();
        List<NearMiss> nearMisses = new ArrayList<>();
        for (Fact fact : FACTS) {
            changes(fact, at(input, fact.path()), input).forEach((change, value) ->
                    nearMisses.add(new NearMiss(file, fact.name() + " " + change, with(input, fact.path(), value))));
        }
        return nearMisses;
    }

    /**
     * Each value to try in place of {@code given} (null when not given), by how the change reads, ending with leaving it
     * out when it is given; a value equal to the one given is no change. Leaving out maps to null.
     */
    private Map<String, JsonNode> changes(Fact fact, JsonNode given, JsonNode input) {
        boolean present = given != null && !given.isNull();
        Map<String, JsonNode> changes = new LinkedHashMap<>();
        values(fact, present ? given : null, input).forEach((change, value) -> {
            if (!present || !value.equals(given)) {
                changes.put(change, value);
            }
        });
        if (present) {
            changes.put("is left out", null);
        }
        return changes;
    }

    /** The values to try for one fact, each with how it reads: "is YES, not NO", "a year earlier". */
    private Map<String, JsonNode> values(Fact fact, JsonNode given, JsonNode input) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        String was = given == null ? ", not given" : ", not " + (given.isBoolean() ? (given.asBoolean() ? "YES" : "NO") : given.asText());
        if (fact.type().isEnum()) {
            for (Object constant : fact.type().getEnumConstants()) {
                values.put("is " + constant + was, JSON.textNode(constant.toString()));
            }
        } else if (fact.type() == LocalDate.class) {
            LocalDate date = date(given);
            if (date != null) {
                values.put("is a day earlier", JSON.textNode(date.minusDays(1).toString()));
                values.put("is a day later", JSON.textNode(date.plusDays(1).toString()));
                values.put("is a year earlier", JSON.textNode(date.minusYears(1).toString()));
                values.put("is a year later", JSON.textNode(date.plusYears(1).toString()));
            } else {
                LocalDate aware = date(at(input, List.of("incident", "localAuthorityAwareDate")));
                LocalDate anchor = aware != null ? aware : date(at(input, List.of("incident", "date")));
                if (anchor != null) {
                    for (int days : new int[] {0, 3, 10}) {
                        values.put("is " + anchor.plusDays(days) + was, JSON.textNode(anchor.plusDays(days).toString()));
                    }
                }
            }
        } else if (fact.elementType() != null && fact.elementType().isEnum() && given != null && given.isArray()) {
            for (int i = 0; i < given.size(); i++) {
                ArrayNode fewer = ((ArrayNode) given).deepCopy();
                fewer.remove(i);
                values.put("without " + given.get(i).asText(), fewer);
            }
            for (Object constant : fact.elementType().getEnumConstants()) {
                ArrayNode more = ((ArrayNode) given).deepCopy();
                more.add(constant.toString());
                values.put("with " + constant + " added", more);
            }
        } else if (given != null && given.isArray()) {
            for (int i = 0; i < given.size(); i++) {
                ArrayNode fewer = ((ArrayNode) given).deepCopy();
                fewer.remove(i);
                values.put("without its entry " + (i + 1), fewer);
                JsonNode entry = given.get(i);
                if (entry.isObject()) {
                    // An entry's own facts (another victim's age, a care period's dates) are near misses too.
                    for (Fact field : fact.entryFacts()) {
                        int index = i;
                        changes(field, at(entry, field.path()), input).forEach((change, value) -> {
                            ArrayNode changed = ((ArrayNode) given).deepCopy();
                            changed.set(index, with(entry, field.path(), value));
                            values.put("entry " + (index + 1) + " " + field.name() + " " + change, changed);
                        });
                    }
                }
            }
        } else if (given != null && given.isIntegralNumber()) {
            values.put("is one less", JSON.numberNode(given.asInt() - 1));
            values.put("is one more", JSON.numberNode(given.asInt() + 1));
        } else if (given != null && given.isNumber()) {
            values.put("is one less", JSON.numberNode(given.asDouble() - 1));
            values.put("is a tenth less", JSON.numberNode(Math.round((given.asDouble() - 0.1) * 10) / 10.0));
            values.put("is one more", JSON.numberNode(given.asDouble() + 1));
        }
        if (!fact.type().isEnum()) {
            for (JsonNode other : seen.getOrDefault(fact.name(), Set.of())) {
                values.putIfAbsent("is " + other + " as in another case" + (given == null ? ", not given" : ""), other);
            }
        }
        return values;
    }

    private static LocalDate date(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return null;
        }
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    private static JsonNode at(JsonNode root, List<String> path) {
        JsonNode node = root;
        for (String step : path) {
            if (node == null || !node.isObject()) {
                return null;
            }
            node = node.get(step);
        }
        return node;
    }

    /** A copy of {@code input} with the fact at {@code path} set to {@code value}, or taken out when it is null. */
    private static JsonNode with(JsonNode input, List<String> path, JsonNode value) {
        ObjectNode copy = input.deepCopy();
        ObjectNode parent = copy;
        for (String step : path.subList(0, path.size() - 1)) {
            JsonNode next = parent.get(step);
            parent = next instanceof ObjectNode object ? object : parent.putObject(step);
        }
        String last = path.get(path.size() - 1);
        if (value == null) {
            parent.remove(last);
        } else {
            parent.set(last, value);
        }
        return copy;
    }

    /** Every fact of a record type, through its nested records; a list is one fact. */
    private static List<Fact> facts(Class<?> type, List<String> prefix) {
        List<Fact> facts = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            List<String> path = new ArrayList<>(prefix);
            path.add(component.getName());
            if (prefix.isEmpty() && NOT_FACTS.contains(component.getName())) {
                continue;
            }
            Class<?> componentType = component.getType();
            if (componentType.isRecord()) {
                facts.addAll(facts(componentType, path));
            } else {
                Class<?> elementType = elementType(component.getGenericType());
                facts.add(new Fact(List.copyOf(path), componentType, elementType,
                        elementType != null && elementType.isRecord() ? facts(elementType, List.of()) : List.of()));
            }
        }
        return facts;
    }

    private static Class<?> elementType(Type type) {
        if (type instanceof ParameterizedType list && list.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return null;
    }
}
