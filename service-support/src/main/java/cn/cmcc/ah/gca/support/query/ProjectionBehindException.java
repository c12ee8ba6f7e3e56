package cn.cmcc.ah.gca.support.query;

import java.time.Duration;

/** The views are not yet up to date with what was stored before the read (→ 503 with {@code Retry-After}). */
public class ProjectionBehindException extends RuntimeException {

    private final transient Duration retryAfter;

    public ProjectionBehindException(String processor, long processed, long required, Duration retryAfter) {
        super("Projection " + processor + " has processed up to position " + processed + ", the read needs "
                + required);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
