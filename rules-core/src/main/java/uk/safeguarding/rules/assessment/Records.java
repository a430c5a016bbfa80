package uk.safeguarding.rules.assessment;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads and copies the case's records by component name, as fact paths ("incident.harm.seriousOrLongTermImpairment")
 * name them. Each record type is looked at once; after that a component is a map lookup and a method call.
 */
final class Records {

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return new Shape(type);
        }
    };
    private static final Map<String, List<String>> SEGMENTS = new ConcurrentHashMap<>();

    private Records() {
    }

    /** The dotted parts of a path, split once per distinct path. */
    static List<String> segments(String path) {
        return SEGMENTS.computeIfAbsent(path, p -> List.of(p.split("\\.")));
    }

    /** A record's components by name, in declaration order. */
    static Map<String, Object> components(Record record) {
        Shape shape = SHAPES.get(record.getClass());
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < shape.names.length; i++) {
            values.put(shape.names[i], shape.read(record, i));
        }
        return values;
    }

    /** The named component of a record (or entry of a map); null when there is no such component. */
    static Object component(Object holder, String name) {
        if (holder instanceof Map<?, ?> map) {
            return map.get(name);
        }
        if (holder instanceof Record record) {
            Shape shape = SHAPES.get(record.getClass());
            Integer index = shape.indexes.get(name);
            return index == null ? null : shape.read(record, index);
        }
        return null;
    }

    /** The type of a record's named component, or null when there is no such component. */
    static Class<?> componentType(Class<?> recordType, String name) {
        Shape shape = SHAPES.get(recordType);
        Integer index = shape.indexes.get(name);
        return index == null ? null : shape.types[index];
    }

    /** A copy of a record with one component replaced, made with its canonical constructor (so its checks apply). */
    static <R extends Record> R with(R record, String name, Object value) {
        Shape shape = SHAPES.get(record.getClass());
        Integer index = shape.indexes.get(name);
        if (index == null) {
            throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no component " + name);
        }
        Object[] values = new Object[shape.names.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = i == index ? value : shape.read(record, i);
        }
        try {
            @SuppressWarnings("unchecked")
            R copy = (R) shape.constructor.invokeWithArguments(values);
            return copy;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot copy " + record.getClass().getSimpleName(), e);
        }
    }

    private static final class Shape {
        final String[] names;
        final Class<?>[] types;
        final MethodHandle[] accessors;
        final Map<String, Integer> indexes = new LinkedHashMap<>();
        final MethodHandle constructor;

        Shape(Class<?> type) {
            if (!type.isRecord()) {
                throw new IllegalArgumentException(type + " is not a record");
            }
            RecordComponent[] components = type.getRecordComponents();
            names = Arrays.stream(components).map(RecordComponent::getName).toArray(String[]::new);
            types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            accessors = new MethodHandle[components.length];
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            try {
                for (int i = 0; i < components.length; i++) {
                    indexes.put(names[i], i);
                    accessors[i] = lookup.unreflect(components[i].getAccessor()).asType(MethodType.methodType(Object.class, Object.class));
                }
                constructor = lookup.findConstructor(type, MethodType.methodType(void.class, types));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read the record " + type.getName(), e);
            }
        }

        Object read(Object record, int index) {
            try {
                return accessors[index].invokeExact(record);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
