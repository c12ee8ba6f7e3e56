package cn.cmcc.ah.gca.support.idempotency;

import cn.cmcc.ah.gca.support.web.ConsistencyFilter;
import cn.cmcc.ah.gca.support.web.ProblemWriter;
import cn.cmcc.ah.gca.support.web.RequestLimitsFilter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} on every command endpoint: the CRM retries on time-outs, and a retry with the same key
 * gets the first response back and changes nothing. The same key with a different request is refused (422); a
 * retry while the first is still running gets 409. Bodies are compared as JSON, so the same document re-indented or
 * with its fields in another order is the same request. Responses of 5xx, and refusals of a malformed request (400,
 * 405, 406, 413, 415), are not kept: such a retry runs afresh.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotency-Replayed";

    private static final Set<String> COMMAND_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<Integer> NOT_KEPT = Set.of(400, 405, 406, 413, 415);
    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.LOCATION, ConsistencyFilter.POSITION_HEADER);
    private static final Pattern SAFE_KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private final IdempotencyStore store;
    private final ProblemWriter problems;
    private final ObjectMapper json;

    public IdempotencyFilter(IdempotencyStore store, ProblemWriter problems, ObjectMapper json) {
        this.store = store;
        this.problems = problems;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !COMMAND_METHODS.contains(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || !caller.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getHeader(HEADER);
        if (!SAFE_KEY.matcher(key).matches()) {
            problems.write(problems.problem(HttpStatus.BAD_REQUEST, "idempotency-key-invalid", new Object[0], request),
                    response);
            return;
        }
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        } catch (RequestLimitsFilter.BodyTooLargeException e) {
            problems.write(problems.problem(HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large", new Object[0], request),
                    response);
            return;
        }
        String id = caller.getName() + "|" + key;
        String hash = hash(request, body);
        IdempotencyStore.Claim claim = store.claim(id, hash);
        if (!claim.owned()) {
            answerFromStore(claim.existing(), hash, request, response);
            return;
        }
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(new CachedBodyRequest(request, body), recorded);
            int status = recorded.getStatus();
            if (status < 500 && !NOT_KEPT.contains(status)) {
                Map<String, String> headers = new LinkedHashMap<>();
                for (String name : KEPT_HEADERS) {
                    String value = recorded.getHeader(name);
                    if (value != null) {
                        headers.put(name, value);
                    }
                }
                store.complete(id, claim.claim(), status, recorded.getContentType(), headers,
                        new String(recorded.getContentAsByteArray(), StandardCharsets.UTF_8));
                kept = true;
            }
        } finally {
            if (!kept) {
                store.release(id, claim.claim());
            }
            recorded.copyBodyToResponse();
        }
    }

    private void answerFromStore(IdempotencyStore.Entry entry, String hash, HttpServletRequest request,
                                 HttpServletResponse response) throws IOException {
        if (!entry.requestHash().equals(hash)) {
            problems.write(problems.problem(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused",
                    new Object[]{request.getHeader(HEADER)}, request), response);
            return;
        }
        if (!entry.completed()) {
            problems.write(problems.problem(HttpStatus.CONFLICT, "idempotency-in-progress",
                    new Object[]{request.getHeader(HEADER)}, request), response);
            return;
        }
        response.setStatus(entry.status());
        response.setHeader(REPLAYED_HEADER, "true");
        entry.headers().forEach(response::setHeader);
        if (entry.contentType() != null) {
            response.setContentType(entry.contentType());
        }
        byte[] bytes = entry.body() == null ? new byte[0] : entry.body().getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** The request as a JSON document, canonical (fields sorted); bytes as they came when the body is not JSON. */
    private String hash(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "?"
                    + Optional.ofNullable(request.getQueryString()).orElse("") + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(canonical(body));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] canonical(byte[] body) {
        if (body.length == 0) {
            return body;
        }
        try {
            JsonNode tree = json.readTree(body);
            return tree == null ? body : json.writeValueAsBytes(sorted(tree));
        } catch (IOException e) {
            return body;
        }
    }

    private JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            ObjectNode sorted = json.createObjectNode();
            TreeSet<String> names = new TreeSet<>();
            node.fieldNames().forEachRemaining(names::add);
            names.forEach(name -> sorted.set(name, sorted(node.get(name))));
            return sorted;
        }
        if (node.isArray()) {
            ArrayNode array = json.createArrayNode();
            node.forEach(element -> array.add(sorted(element)));
            return array;
        }
        return node;
    }

    /** Replays the body that was read to hash it. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous only");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
