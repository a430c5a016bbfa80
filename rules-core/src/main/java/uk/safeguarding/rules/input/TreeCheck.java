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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Walks a request against the record types it should bind to and reports every problem at once, each with its path:
 * unknown fields, wrong types, values outside an enumeration, dates that are not dates, numbers out of range, text and
 * lists too long. The ranges and lengths are the ones the record's schema annotations publish (which take them from
 * {@link InputLimits}); a field without its own uses the general limits there. It also normalises the lenient
 * spellings people use (lower-case values, true/false for yes/no, an organisation's former name) so binding is exact.
 */
final class TreeCheck {

    /** A record component as the check needs it, read by reflection once per record type rather than per request. */
    private record Field(Class<?> type, Type genericType, Schema schema) {
    }

    private static final ClassValue<Map<String, Field>> FIELDS = new ClassValue<>() {
        @Override
        protected Map<String, Field> computeValue(Class<?> type) {
            Map<String, Field> fields = new LinkedHashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                fields.put(component.getName(), new Field(component.getType(), component.getGenericType(),
                        component.getAccessor().getAnnotation(Schema.class)));
            }
            return Collections.unmodifiableMap(fields);
        }
    };

    /** An enum's own lenient reader ("from"), where it has one; looked up once per enum type. */
    private static final ClassValue<Optional<Method>> LENIENT_READERS = new ClassValue<>() {
        @Override
        protected Optional<Method> computeValue(Class<?> type) {
            return Arrays.stream(type.getMethods()).filter(m -> m.getName().equals("from") && m.getParameterCount() == 1).findFirst();
        }
    };

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
        Map<String, Field> components = FIELDS.get(type);
        ObjectNode normalised = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            Field component = components.get(field.getKey());
            if (component == null) {
                errors.add(new FieldError(fieldPath, "is not a known field here; the fields are: "
                        + String.join(", ", components.keySet().stream().sorted().toList())));
                continue;
            }
            normalised.set(field.getKey(), value(field.getValue(), component.type(), component.genericType(),
                    component.schema(), fieldPath, errors));
        }
        return normalised;
    }

    private static JsonNode value(JsonNode node, Class<?> type, Type genericType, Schema schema, String path, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            return node;
        }
        if (type.isRecord()) {
            return record(node, type, path, errors);
        }
        if (List.class.isAssignableFrom(type)) {
            return list(node, genericType, schema, path, errors);
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
            } else {
                range(node.doubleValue(), schema, path, errors);
            }
            return node;
        }
        if (type == Double.class) {
            if (!node.isNumber()) {
                errors.add(new FieldError(path, "must be a number, not " + describe(node)));
            } else {
                range(node.doubleValue(), schema, path, errors);
            }
            return node;
        }
        if (type == String.class) {
            int longest = schema == null ? InputLimits.MAX_TEXT_LENGTH : declared(schema.maxLength(), InputLimits.MAX_TEXT_LENGTH);
            if (!node.isTextual()) {
                errors.add(new FieldError(path, "must be text, not " + describe(node)));
            } else if (node.textValue().length() > longest) {
                errors.add(new FieldError(path, "is longer than " + longest + " characters (limit: text length " + longest + ")"));
            }
            return node;
        }
        throw new IllegalStateException("no check for " + type + " at " + path);
    }

    /** A length the schema annotation states, or the general limit; an unset annotation length is negative. */
    private static int declared(int annotated, int general) {
        return annotated >= 0 && annotated != Integer.MAX_VALUE ? annotated : general;
    }

    /** The schema's minimum and maximum, where it states them. */
    private static void range(double value, Schema schema, String path, List<FieldError> errors) {
        if (schema == null) {
            return;
        }
        if (!schema.minimum().isEmpty() && value < Double.parseDouble(schema.minimum())) {
            errors.add(new FieldError(path, Double.parseDouble(schema.minimum()) == 0 ? "cannot be negative"
                    : "is less than " + schema.minimum() + " (limit: minimum " + schema.minimum() + ")"));
        }
        if (!schema.maximum().isEmpty() && !(value <= Double.parseDouble(schema.maximum()))) {
            errors.add(new FieldError(path, "is more than " + schema.maximum() + " (limit: maximum " + schema.maximum() + ")"));
        }
    }

    private static JsonNode list(JsonNode node, Type genericType, Schema schema, String path, List<FieldError> errors) {
        if (!node.isArray()) {
            errors.add(new FieldError(path, "must be a list, not " + describe(node)));
            return node;
        }
        int most = schema == null ? InputLimits.MAX_LIST_LENGTH : declared(schema.maxItems(), InputLimits.MAX_LIST_LENGTH);
        if (node.size() > most) {
            errors.add(new FieldError(path, "has " + node.size() + " entries; at most " + most + " are accepted (limit: list length " + most + ")"));
            return node;
        }
        Class<?> element = (Class<?>) ((ParameterizedType) genericType).getActualTypeArguments()[0];
        ArrayNode normalised = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < node.size(); i++) {
            String entryPath = path + "[" + i + "]";
            if (node.get(i).isNull()) {
                errors.add(new FieldError(entryPath, "is null; a list holds values only, so leave out what is not known"));
                continue;
            }
            normalised.add(value(node.get(i), element, element, null, entryPath, errors));
        }
        return normalised;
    }

    /** Uses the enum's own lenient reader where it has one (Answer, Organisation), otherwise the constant names. */
    private static JsonNode enumeration(JsonNode node, Class<?> type, String path, List<FieldError> errors) {
        Method lenientReader = LENIENT_READERS.get(type).orElse(null);
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
