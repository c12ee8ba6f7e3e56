package cn.cmcc.ah.gca.support.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a service's endpoint annotation: an annotation on controller methods whose {@code value()} is a constant of
 * the service's step table (an enum implementing {@link cn.cmcc.ah.gca.support.domain.Step}). {@link StepGuard}
 * refuses callers of other departments before the controller runs, and the OpenAPI description names the departments
 * and the article, both from that one constant.
 * <pre>
 * &#64;StepEndpoint &#64;Retention(RUNTIME) &#64;Target(METHOD)
 * &#64;interface Endpoint { PresaleStep value(); }
 * </pre>
 */
@Target(ElementType.ANNOTATION_TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface StepEndpoint {
}
