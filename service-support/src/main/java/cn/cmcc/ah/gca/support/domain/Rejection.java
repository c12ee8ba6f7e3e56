package cn.cmcc.ah.gca.support.domain;

import java.util.Locale;

/**
 * Why a step is refused: one enum per service implements this, one constant per rule, so a rule is stated once.
 * The message texts live in the service's bundles as {@code error.<code>} in Chinese and English (checked by the
 * test-jar's {@code RejectionMessages}); the kind decides the HTTP status.
 */
public interface Rejection {

    /** The enum constant's name, e.g. {@code FORM_NOT_RECEIVED}. */
    String name();

    DomainException.Kind kind();

    /** Where the rule comes from, e.g. {@code Art. 15}; empty for rules of the system rather than the source. */
    String article();

    /** For {@link DomainException.Kind#INVALID}: the request field that is missing or malformed; else empty. */
    default String field() {
        return "";
    }

    /** The stable code callers see in problem+json ({@code form-not-received}) and the message key suffix. */
    default String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The exception refusing the step; {@code args} fill the message's {0}, {1}, … */
    default DomainException reject(Object... args) {
        return new DomainException(this, args);
    }
}
