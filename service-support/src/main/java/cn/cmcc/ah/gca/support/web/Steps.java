package cn.cmcc.ah.gca.support.web;

import cn.cmcc.ah.gca.support.domain.Step;

import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Optional;

/** Reads the step a controller method is annotated with (see {@link StepEndpoint}). */
public final class Steps {

    private Steps() {
    }

    public static Optional<Step> of(Method handler) {
        for (Annotation annotation : handler.getAnnotations()) {
            if (annotation.annotationType().isAnnotationPresent(StepEndpoint.class)) {
                return Optional.of(value(annotation));
            }
        }
        return Optional.empty();
    }

    private static Step value(Annotation annotation) {
        try {
            Method value = annotation.annotationType().getMethod("value");
            // services keep their endpoint annotation package-private
            value.setAccessible(true);
            if (value.invoke(annotation) instanceof Step step) {
                return step;
            }
            throw new IllegalStateException("@" + annotation.annotationType().getSimpleName()
                    + " is a @StepEndpoint but its value() is not a Step");
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("@" + annotation.annotationType().getSimpleName()
                    + " is a @StepEndpoint without a Step value()", e);
        }
    }
}
