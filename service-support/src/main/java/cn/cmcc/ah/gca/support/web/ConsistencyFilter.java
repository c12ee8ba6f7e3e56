package cn.cmcc.ah.gca.support.web;

import cn.cmcc.ah.gca.support.axon.ReadConsistency;
import cn.cmcc.ah.gca.support.eventstore.AppendedPositions;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

import java.io.IOException;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Read-your-writes, stated on the wire. A command's response carries {@value #POSITION_HEADER}: the store position
 * of the last event it produced. Every read waits (bounded) until the views include everything stored before the read
 * began, so no client needs to send anything; a client may still insist on a position it was given, with
 * {@value #MIN_POSITION_HEADER} or {@code ?minPosition=}, and gets 503 with {@code Retry-After} when the views do not
 * get there in time (see {@link ReadConsistency}).
 */
public class ConsistencyFilter extends OncePerRequestFilter {

    public static final String POSITION_HEADER = "GCA-Position";
    public static final String MIN_POSITION_HEADER = "GCA-Min-Position";
    public static final String MIN_POSITION_PARAMETER = "minPosition";
    private static final Pattern POSITION = Pattern.compile("\\d{1,18}");

    private final ReadConsistency consistency;
    private final ProblemWriter problems;

    public ConsistencyFilter(ReadConsistency consistency, ProblemWriter problems) {
        this.consistency = consistency;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        AppendedPositions.clear();
        try {
            String given = request.getHeader(MIN_POSITION_HEADER);
            String name = MIN_POSITION_HEADER;
            if (given == null) {
                given = request.getParameter(MIN_POSITION_PARAMETER);
                name = MIN_POSITION_PARAMETER;
            }
            try {
                consistency.requirePosition(given == null ? null : position(name, given));
            } catch (BadParameterException e) {
                problems.write(problems.badParameter(e, request), response);
                return;
            }
            chain.doFilter(request, response);
        } finally {
            consistency.requirePosition(null);
            AppendedPositions.clear();
        }
    }

    /** A position this store has reached; a larger one belongs to another service's store (→ 400). */
    private long position(String name, String given) {
        if (!POSITION.matcher(given).matches() || Long.parseLong(given) > consistency.headPosition()) {
            throw new BadParameterException(name, given, "error.field-position");
        }
        return Long.parseLong(given);
    }

    /** Puts the position of the events a command produced on its response, before the body is written. */
    @ControllerAdvice
    public static class PositionHeader implements ResponseBodyAdvice<Object> {

        @Override
        public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
            return true;
        }

        @Override
        public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                      Class<? extends HttpMessageConverter<?>> converterType,
                                      ServerHttpRequest request, ServerHttpResponse response) {
            OptionalLong position = AppendedPositions.lastAppendedByCurrentThread();
            if (position.isPresent()) {
                response.getHeaders().set(POSITION_HEADER, Long.toString(position.getAsLong()));
            }
            return body;
        }
    }
}
