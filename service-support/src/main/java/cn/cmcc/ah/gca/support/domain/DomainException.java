package cn.cmcc.ah.gca.support.domain;

import java.util.Arrays;

/**
 * A rejected step. Carries a message code (resolved in Chinese or English at the edge) and its arguments, so
 * aggregates stay free of web and Spring types. The kind decides the HTTP status.
 */
public class DomainException extends RuntimeException {

    /** Why a step was refused. */
    public enum Kind {
        /** the thing asked for does not exist → 404 */
        NOT_FOUND,
        /** the step is out of order or collides with a concurrent change → 409 */
        CONFLICT,
        /** the data breaks a business rule → 422 */
        RULE_VIOLATION,
        /** the acting department may not take this step → 403 */
        FORBIDDEN
    }

    private final Kind kind;
    private final String code;
    private final transient Object[] args;

    public DomainException(Kind kind, String code, String englishMessage, Object... args) {
        super(englishMessage);
        this.kind = kind;
        this.code = code;
        this.args = args.clone();
    }

    public static DomainException notFound(String code, String englishMessage, Object... args) {
        return new DomainException(Kind.NOT_FOUND, code, englishMessage, args);
    }

    public static DomainException outOfOrder(String code, String englishMessage, Object... args) {
        return new DomainException(Kind.CONFLICT, code, englishMessage, args);
    }

    public static DomainException ruleViolated(String code, String englishMessage, Object... args) {
        return new DomainException(Kind.RULE_VIOLATION, code, englishMessage, args);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }

    @Override
    public String toString() {
        return "DomainException[" + kind + " " + code + " " + Arrays.toString(args) + "]: " + getMessage();
    }
}
