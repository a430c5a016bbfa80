package uk.safeguarding.rules.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Walks a request against the record types it should bind to and reports every problem at once, each with its path:
 * unknown fields, wrong types, values outside an enumeration, dates that are not dates. It also normalises the lenient
 * spellings people use (lower-case values, true/false for yes/no, an organisation's former name) so binding is exact.
 */
final class TreeCheck {

    private static final int MAX_TEXT = 200;
    private static final int MAX_LIST = 100;

    private TreeCheck() {
    }

    /** Checks {@code node} as a {@code type} record, returning the normalised node; problems are added to {@code errors}. */
    static JsonNode record(JsonNode node, Class<?> type, String path, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            return node;
        }
        if (!node.isObject()) {
            errors.add(new FieldError(path.isEmpty() ? "(body)" : path, "must be an object with named fields, not " + describe(node)));
            return node;
        }
        Map<String, RecordComponent> components = Arrays.stream(type.getRecordComponents())
                .collect(Collectors.toMap(RecordComponent::getName, c -> c));
        ObjectNode normalised = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            RecordComponent component = components.get(field.getKey());
            if (component == null) {
                errors.add(new FieldError(fieldPath, "is not a known field here; the fields are: "
                        + String.join(", ", components.keySet().stream().sorted().toList())));
                continue;
            }
            normalised.set(field.getKey(), value(field.getValue(), component.getType(), component.getGenericType(), fieldPath, errors));
        }
        return normalised;
    }

    private static JsonNode value(JsonNode node, Class<?> type, Type genericType, String path, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            return node;
        }
        if (type.isRecord()) {
            return record(node, type, path, errors);
        }
        if (List.class.isAssignableFrom(type)) {
            return list(node, genericType, path, errors);
        }
        if (type.isEnum()) {
            return enumeration(node, type, path, errors);
        }
        if (type == LocalDate.class) {
            return date(node, path, errors);
        }
        if (type == Integer.class) {
            if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                errors.add(new FieldError(path, "must be a whole number, not " + describe(node)));
            }
            return node;
        }
        if (type == Double.class) {
            if (!node.isNumber()) {
                errors.add(new FieldError(path, "must be a number, not " + describe(node)));
            }
            return node;
        }
        if (type == String.class) {
            if (!node.isTextual()) {
                errors.add(new FieldError(path, "must be text, not " + describe(node)));
            } else if (node.textValue().length() > MAX_TEXT) {
                errors.add(new FieldError(path, "is longer than " + MAX_TEXT + " characters"));
            }
            return node;
        }
        throw new IllegalStateException("no check for " + type + " at " + path);
    }

    private static JsonNode list(JsonNode node, Type genericType, String path, List<FieldError> errors) {
        if (!node.isArray()) {
            errors.add(new FieldError(path, "must be a list, not " + describe(node)));
            return node;
        }
        if (node.size() > MAX_LIST) {
            errors.add(new FieldError(path, "has " + node.size() + " entries; at most " + MAX_LIST + " are accepted"));
            return node;
        }
        Class<?> element = (Class<?>) ((ParameterizedType) genericType).getActualTypeArguments()[0];
        ArrayNode normalised = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < node.size(); i++) {
            normalised.add(value(node.get(i), element, element, path + "[" + i + "]", errors));
        }
        return normalised;
    }

    /** Uses the enum's own lenient reader where it has one (Answer, Organisation), otherwise the constant names. */
    private static JsonNode enumeration(JsonNode node, Class<?> type, String path, List<FieldError> errors) {
        Method lenientReader = Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals("from") && m.getParameterCount() == 1).findFirst().orElse(null);
        if (lenientReader != null) {
            boolean takesBooleans = lenientReader.getParameterTypes()[0] == Object.class;
            Object argument = node.isTextual() ? node.textValue() : node.isBoolean() && takesBooleans ? node.booleanValue() : null;
            if (argument != null) {
                try {
                    return JsonNodeFactory.instance.textNode(((Enum<?>) lenientReader.invoke(null, argument)).name());
                } catch (InvocationTargetException rejected) {
                    // not a value it accepts: reported below with the allowed values
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else if (node.isTextual()) {
            for (Object constant : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equalsIgnoreCase(node.textValue().trim())) {
                    return JsonNodeFactory.instance.textNode(((Enum<?>) constant).name());
                }
            }
        }
        errors.add(new FieldError(path, describe(node) + " is not one of " + Arrays.stream(type.getEnumConstants())
                .map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "))));
        return node;
    }

    private static JsonNode date(JsonNode node, String path, List<FieldError> errors) {
        if (!node.isTextual()) {
            errors.add(new FieldError(path, "must be a date written YYYY-MM-DD, not " + describe(node)));
            return node;
        }
        try {
            LocalDate.parse(node.textValue());
        } catch (DateTimeParseException notADate) {
            errors.add(new FieldError(path, "\"" + node.textValue() + "\" is not a date; write it YYYY-MM-DD, for example 2026-03-02"));
        }
        return node;
    }

    private static String describe(JsonNode node) {
        if (node.isTextual()) {
            String text = node.textValue();
            return "\"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "a list";
        }
        return node.toString();
    }
}
