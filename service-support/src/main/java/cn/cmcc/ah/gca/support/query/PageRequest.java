package cn.cmcc.ah.gca.support.query;

import java.util.Optional;

/**
 * What a caller asks of a list: at most {@code limit} items (1 … {@link #MAX_LIMIT}), after {@code cursor}.
 * Built from the query parameters {@code limit} and {@code cursor} by the web layer, which refuses bad values (400).
 */
public record PageRequest(int limit, Optional<String> cursor) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", not " + limit);
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, Optional.empty());
    }
}
