package cn.cmcc.ah.gca.support.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds RFC 9457 problem details with localized title and detail, and writes them where no controller advice
 * reaches (security entry points, filters).
 */
public class ProblemWriter {

    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    /** One field a 400 is about, and what is wrong with it, in the caller's language. */
    public record FieldProblem(String field, String message) {
    }

    private final Messages messages;
    private final ObjectMapper objectMapper;

    public ProblemWriter(Messages messages, ObjectMapper objectMapper) {
        this.messages = messages;
        this.objectMapper = objectMapper;
    }

    /** A problem whose type is {@code urn:gca:problem:<code>}, title from the status, detail from the code. */
    public ProblemDetail problem(HttpStatus status, String code, Object[] args, HttpServletRequest request) {
        return problemWithDetail(status, code, messages.get("error." + code, args, request), request);
    }

    public ProblemDetail problemWithDetail(HttpStatus status, String code, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:gca:problem:" + code));
        problem.setTitle(messages.get("status." + status.value(), new Object[0], request));
        instance(request).ifPresent(problem::setInstance);
        problem.setProperty("code", code);
        return problem;
    }

    /**
     * A 400 about fields: one field is named in the detail itself, several are summarised there; every one is listed
     * under {@code errors} with its message.
     */
    public ProblemDetail invalid(String code, List<FieldProblem> fields, HttpServletRequest request) {
        String detail = fields.size() == 1
                ? messages.get("error.field-problem", new Object[]{fields.get(0).field(), fields.get(0).message()},
                request)
                : messages.get("error." + code, new Object[0], request);
        ProblemDetail problem = problemWithDetail(HttpStatus.BAD_REQUEST, code, detail, request);
        problem.setProperty("errors", fields.stream()
                .map(field -> Map.of("field", field.field(), "message", field.message()))
                .toList());
        return problem;
    }

    /** A query parameter or header with a value the endpoint cannot take. */
    public ProblemDetail badParameter(BadParameterException e, HttpServletRequest request) {
        return invalid("bad-parameter",
                List.of(new FieldProblem(e.name(), messages.get(e.messageCode(), e.messageArgs(), request))),
                request);
    }

    public void write(ProblemDetail problem, HttpServletResponse response) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(PROBLEM_JSON.toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        objectMapper.writeValue(response.getOutputStream(), problem);
    }

    public Messages messages() {
        return messages;
    }

    /** The path asked for, unless it is not even a valid URI (the error may be about exactly that). */
    private static Optional<URI> instance(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (path == null || path.length() > 2000) {
            return Optional.empty();
        }
        try {
            return Optional.of(new URI(null, null, path, null));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
