package cn.cmcc.ah.gca.sla.rules;

import com.fasterxml.jackson.core.JsonPointer;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * What a JSON pointer reaches in an event, read from the event record's components (the contract's records are the
 * shape of the JSON: component names are property names, lists are arrays, nested records objects).
 */
final class EventShapes {

    private EventShapes() {
    }

    /** The Java type at {@code pointer} in the JSON of {@code root}, or empty when the record has no such field. */
    static Optional<Class<?>> typeAt(Class<?> root, JsonPointer pointer) {
        Type current = root;
        for (JsonPointer rest = pointer; !rest.matches(); rest = rest.tail()) {
            Class<?> raw = raw(current);
            if (raw == null) {
                return Optional.empty();
            }
            if (raw.isRecord()) {
                RecordComponent component = component(raw, rest.getMatchingProperty());
                if (component == null) {
                    return Optional.empty();
                }
                current = component.getGenericType();
            } else if (Collection.class.isAssignableFrom(raw)) {
                if (rest.getMatchingIndex() < 0) {
                    return Optional.empty();
                }
                current = argument(current, 0);
            } else if (Map.class.isAssignableFrom(raw)) {
                current = argument(current, 1);
            } else {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(raw(current));
    }

    static boolean isNumber(Class<?> type) {
        return type == int.class || type == long.class || type == short.class || type == double.class
                || Number.class.isAssignableFrom(type);
    }

    /** A single value (text, number, enum, date, boolean), not an object or an array. */
    static boolean isValue(Class<?> type) {
        return !type.isRecord() && !Collection.class.isAssignableFrom(type) && !Map.class.isAssignableFrom(type)
                && !type.isArray();
    }

    private static RecordComponent component(Class<?> record, String name) {
        for (RecordComponent component : record.getRecordComponents()) {
            if (component.getName().equals(name)) {
                return component;
            }
        }
        return null;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType parameterized ? parameterized.getActualTypeArguments()[index] : null;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }
}
