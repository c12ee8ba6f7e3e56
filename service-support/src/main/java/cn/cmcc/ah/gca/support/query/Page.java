package cn.cmcc.ah.gca.support.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list and, while there is more, the cursor of the next page ({@code ?cursor=<next>}). A page may hold
 * fewer items than asked for and still have a {@code next}: a filtered walk through history stops after a bounded
 * amount of work, so no request costs more than its page.
 */
public record Page<T>(
        List<T> items,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Cursor of the next page; absent on the last page", nullable = true)
        String next) {

    public static <T> Page<T> of(List<T> items, String next) {
        return new Page<>(List.copyOf(items), next);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), next);
    }
}
