package cn.cmcc.ah.gca.support.domain;

import java.util.Arrays;

/**
 * A refused step: a {@link Rejection} and the arguments of its message (resolved in Chinese or English at the
 * edge), so aggregates stay free of web and Spring types.
 */
public class DomainException extends RuntimeException {

    /** Why a step was refused, and the HTTP status that says so. */
    public enum Kind {
        /** a field is missing or malformed → 400 */
        INVALID(400),
        /** the acting department may not take this step → 403 */
        FORBIDDEN(403),
        /** the thing asked for does not exist → 404 */
        NOT_FOUND(404),
        /** the step is out of order or collides with a concurrent change → 409 */
        CONFLICT(409),
        /** the data breaks a business rule → 422 */
        RULE_VIOLATION(422);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final transient Rejection rejection;
    private final transient Object[] args;

    public DomainException(Rejection rejection, Object... args) {
        super(rejection.code() + " " + Arrays.toString(args));
        this.rejection = rejection;
        this.args = args.clone();
    }

    public Rejection rejection() {
        return rejection;
    }

    public Kind kind() {
        return rejection.kind();
    }

    public String code() {
        return rejection.code();
    }

    public Object[] args() {
        return args.clone();
    }

    @Override
    public String toString() {
        return "DomainException[" + rejection.kind() + " " + rejection.code() + " " + Arrays.toString(args) + "]";
    }
}
