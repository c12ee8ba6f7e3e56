package cn.cmcc.ah.gca.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one kind of exception to "every property is present": this component may be {@code null}, and is then left
 * out of the JSON. The AsyncAPI schema does not list it as required and says when it is absent.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface MayBeAbsent {
}
