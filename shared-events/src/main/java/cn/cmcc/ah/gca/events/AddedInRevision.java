package cn.cmcc.ah.gca.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * This component was added by the given revision of its event, and events of older revisions cannot supply it (its
 * value cannot be derived from what they hold; an older value is never guessed at, docs/events.md). Upcast from an
 * older revision the event has it absent, so the component is also {@link MayBeAbsent}, and the fixtures of older
 * revisions read as the current fixture without it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface AddedInRevision {

    /** The revision that added the component, e.g. {@code "2"}. */
    String value();
}
