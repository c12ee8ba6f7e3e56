package cn.cmcc.ah.gca.support.test;

import jakarta.validation.constraints.Size;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the strings and lists of request bodies that carry no {@code @Size(max = …)}: nothing a caller sends may be
 * unbounded (a 1 MB address once went into an event). Walks nested records and list elements.
 */
public final class RequestCaps {

    private RequestCaps() {
    }

    /** The uncapped fields of the request bodies of {@code handlers}, as {@code Type.field} paths. */
    public static List<String> uncapped(Collection<HandlerMethod> handlers) {
        List<String> uncapped = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        for (HandlerMethod handler : handlers) {
            for (MethodParameter parameter : handler.getMethodParameters()) {
                if (parameter.hasParameterAnnotation(RequestBody.class)) {
                    walk(parameter.getParameterType(), seen, uncapped);
                }
            }
        }
        return uncapped;
    }

    private static void walk(Class<?> type, Set<Class<?>> seen, List<String> uncapped) {
        if (!isBodyType(type) || !seen.add(type)) {
            return;
        }
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            String path = type.getSimpleName() + "." + field.getName();
            Class<?> fieldType = field.getType();
            if (fieldType == String.class) {
                requireCap(field.getAnnotation(Size.class), path, uncapped);
            } else if (Collection.class.isAssignableFrom(fieldType) || Map.class.isAssignableFrom(fieldType)
                    || fieldType.isArray()) {
                requireCap(field.getAnnotation(Size.class), path, uncapped);
                element(field.getAnnotatedType(), path, seen, uncapped);
            } else {
                walk(fieldType, seen, uncapped);
            }
        }
    }

    private static void element(AnnotatedType annotated, String path, Set<Class<?>> seen, List<String> uncapped) {
        if (!(annotated instanceof AnnotatedParameterizedType parameterized)) {
            return;
        }
        for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
            Type type = argument.getType();
            Class<?> raw = type instanceof Class<?> c ? c
                    : type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c2 ? c2 : null;
            if (raw == String.class) {
                requireCap(argument.getAnnotation(Size.class), path + "[]", uncapped);
            } else if (raw != null) {
                walk(raw, seen, uncapped);
            }
        }
    }

    private static void requireCap(Size size, String path, List<String> uncapped) {
        if (size == null || size.max() == Integer.MAX_VALUE) {
            uncapped.add(path);
        }
    }

    private static boolean isBodyType(Class<?> type) {
        return !type.isPrimitive() && !type.isEnum() && type.getPackageName().startsWith("cn.cmcc.ah.gca");
    }
}
