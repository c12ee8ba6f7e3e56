package cn.cmcc.ah.gca.support.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Builds RFC 9457 problem details with localized title and detail, and writes them where no controller advice
 * reaches (security entry points, filters).
 */
public class ProblemWriter {

    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

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
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", code);
        return problem;
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
}
