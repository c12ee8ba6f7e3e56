package cn.cmcc.ah.gca.support.query;

/**
 * Called before a query reads a view: waits (bounded) until the projection behind it has taken every event stored
 * before the read began, so a read right after a command sees that command's effect; throws
 * {@link ProjectionBehindException} (→ 503 with {@code Retry-After}) when it does not get there in time.
 */
@FunctionalInterface
public interface ReadFence {

    ReadFence NONE = () -> {
    };

    void await();
}
