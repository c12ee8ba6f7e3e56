package cn.cmcc.ah.gca.support.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

/**
 * Errors that never reach a controller (a filter's {@code sendError}, an unmapped servlet error, a rejected
 * request path) are forwarded by the container to {@code /error}; they leave as problem+json like every other error,
 * instead of Spring Boot's default JSON or an HTML page.
 */
@Hidden
@RestController
public class ProblemErrorController implements ErrorController {

    private final ProblemWriter problems;

    public ProblemErrorController(ProblemWriter problems) {
        this.problems = problems;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.NOT_FOUND;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String given && given.length() <= 2000 ? given : "";
        Object[] args = {status == HttpStatus.METHOD_NOT_ALLOWED ? request.getMethod() : path};
        ProblemDetail problem = problems.problem(status, ContainerErrors.codeFor(status), args, request);
        problems.write(problem, response);
    }
}
