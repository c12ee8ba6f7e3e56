package cn.cmcc.ah.gca.support.web;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.support.domain.DepartmentNotAllowedException;
import cn.cmcc.ah.gca.support.domain.DomainException;
import cn.cmcc.ah.gca.support.kafka.EventTooLargeException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every error leaves a service as RFC 9457 problem+json with a localized detail: 400 malformed or invalid,
 * 403 wrong department, 404 unknown, 409 out of order or concurrent change, 422 business rule or an event too large
 * to publish. Nothing a client
 * sends produces a 500, and no stack trace leaves the service.
 */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    private final ProblemWriter problems;

    public ProblemAdvice(ProblemWriter problems) {
        this.problems = problems;
    }

    @ExceptionHandler(DepartmentNotAllowedException.class)
    ResponseEntity<ProblemDetail> wrongDepartment(DepartmentNotAllowedException e, HttpServletRequest request) {
        boolean english = problems.messages().english(request);
        String allowed = e.allowed().stream()
                .map(d -> english ? d.englishName() : d.chineseName())
                .collect(Collectors.joining(english ? ", " : "、"));
        Department actual = e.actual();
        Object[] args = {allowed, english ? e.article() : chineseArticle(e.article()),
                english ? actual.englishName() : actual.chineseName()};
        ProblemDetail problem = problems.problem(HttpStatus.FORBIDDEN, e.code(), args, request);
        problem.setProperty("article", e.article());
        problem.setProperty("allowedDepartments", e.allowed().stream().map(Enum::name).sorted().toList());
        return respond(problem);
    }

    /** {@code Art. 24} → {@code 第24条}, as the source document cites itself. */
    static String chineseArticle(String article) {
        return article.replaceAll("Art\\. (\\d+)", "第$1条");
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e, HttpServletRequest request) {
        HttpStatus status = switch (e.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case RULE_VIOLATION -> HttpStatus.UNPROCESSABLE_ENTITY;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
        return respond(problems.problem(status, e.code(), e.args(), request));
    }

    /** The step's event would exceed what Kafka accepts: refused before anything was stored. */
    @ExceptionHandler(EventTooLargeException.class)
    ResponseEntity<ProblemDetail> eventTooLarge(EventTooLargeException e, HttpServletRequest request) {
        log.warn("Refused a command: {}", e.getMessage());
        ProblemDetail problem = problems.problem(HttpStatus.UNPROCESSABLE_ENTITY, "event-too-large",
                new Object[]{e.sizeKb(), e.limitKb()}, request);
        problem.setProperty("eventType", e.eventType());
        problem.setProperty("sizeBytes", e.sizeBytes());
        problem.setProperty("limitBytes", e.limitBytes());
        return respond(problem);
    }

    @ExceptionHandler({ConcurrencyException.class, ConflictingModificationException.class,
            AggregateStreamCreationException.class})
    ResponseEntity<ProblemDetail> concurrentChange(Exception e, HttpServletRequest request) {
        log.info("Concurrent change refused: {}", e.getMessage());
        return respond(problems.problem(HttpStatus.CONFLICT, "concurrent-change", new Object[0], request));
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> aggregateNotFound(AggregateNotFoundException e, HttpServletRequest request) {
        return respond(problems.problem(HttpStatus.NOT_FOUND, "not-found",
                new Object[]{e.getAggregateIdentifier()}, request));
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> commandFailed(CommandExecutionException e, HttpServletRequest request) {
        Throwable cause = e.getCause();
        if (cause instanceof DepartmentNotAllowedException d) {
            return wrongDepartment(d, request);
        }
        if (cause instanceof DomainException d) {
            return domain(d, request);
        }
        if (cause instanceof EventTooLargeException tooLarge) {
            return eventTooLarge(tooLarge, request);
        }
        if (cause instanceof ConcurrencyException || cause instanceof ConflictingModificationException) {
            return concurrentChange((Exception) cause, request);
        }
        return unexpected(e, request);
    }

    @ExceptionHandler(EventStoreException.class)
    ResponseEntity<ProblemDetail> storeUnavailable(EventStoreException e, HttpServletRequest request) {
        log.error("Event store refused an append", e);
        return respond(problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "store-unavailable", new Object[0], request));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e, HttpServletRequest request) {
        ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "invalid-request", new Object[0], request);
        problem.setProperty("errors", e.getConstraintViolations().stream()
                .map(v -> Map.of("field", String.valueOf(v.getPropertyPath()), "message", v.getMessage()))
                .toList());
        return respond(problem);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException e, HttpServletRequest request) {
        return respond(problems.problem(HttpStatus.FORBIDDEN, "access-denied", new Object[0], request));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", new Object[0], request));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest webRequest) {
        HttpServletRequest request = ((ServletWebRequest) webRequest).getRequest();
        ProblemDetail problem = standardProblem(ex, HttpStatus.valueOf(statusCode.value()), request);
        return ResponseEntity.status(problem.getStatus()).headers(headers)
                .contentType(ProblemWriter.PROBLEM_JSON).body(problem);
    }

    private ProblemDetail standardProblem(Exception ex, HttpStatus status, HttpServletRequest request) {
        if (ex instanceof MethodArgumentNotValidException invalid) {
            return withFieldErrors(problems.problem(HttpStatus.BAD_REQUEST, "invalid-request", new Object[0], request),
                    invalid.getBindingResult().getFieldErrors());
        }
        if (ex instanceof HandlerMethodValidationException invalid) {
            ProblemDetail p = problems.problem(HttpStatus.BAD_REQUEST, "invalid-request", new Object[0], request);
            p.setProperty("errors", invalid.getAllErrors().stream()
                    .map(err -> Map.of("message", String.valueOf(err.getDefaultMessage()))).toList());
            return p;
        }
        if (ex instanceof HttpMessageNotReadableException unreadable) {
            return problems.problem(HttpStatus.BAD_REQUEST, "unreadable-body", new Object[]{where(unreadable)}, request);
        }
        if (ex instanceof MissingServletRequestParameterException missing) {
            return problems.problem(HttpStatus.BAD_REQUEST, "missing-parameter",
                    new Object[]{missing.getParameterName()}, request);
        }
        if (ex instanceof MissingRequestHeaderException missing) {
            return problems.problem(HttpStatus.BAD_REQUEST, "missing-header",
                    new Object[]{missing.getHeaderName()}, request);
        }
        if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
            return problems.problem(HttpStatus.BAD_REQUEST, "bad-parameter",
                    new Object[]{mismatch.getName(), String.valueOf(mismatch.getValue())}, request);
        }
        if (ex instanceof HttpRequestMethodNotSupportedException unsupported) {
            return problems.problem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
                    new Object[]{unsupported.getMethod()}, request);
        }
        if (ex instanceof HttpMediaTypeNotSupportedException unsupported) {
            return problems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                    new Object[]{String.valueOf(unsupported.getContentType())}, request);
        }
        if (ex instanceof HttpMediaTypeNotAcceptableException) {
            return problems.problem(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", new Object[0], request);
        }
        if (ex instanceof NoResourceFoundException) {
            return problems.problem(HttpStatus.NOT_FOUND, "no-such-resource",
                    new Object[]{request.getRequestURI()}, request);
        }
        return problems.problem(status, "http-" + status.value(), new Object[0], request);
    }

    private static ProblemDetail withFieldErrors(ProblemDetail problem, List<FieldError> errors) {
        problem.setProperty("errors", errors.stream()
                .map(err -> Map.of("field", err.getField(), "message", String.valueOf(err.getDefaultMessage())))
                .toList());
        return problem;
    }

    /** Names the field (and line) Jackson stumbled on, without echoing internals. */
    private static String where(HttpMessageNotReadableException e) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof InvalidFormatException invalid && !invalid.getPath().isEmpty()) {
            return path(invalid) + " = " + invalid.getValue();
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return path(mapping);
        }
        if (cause instanceof com.fasterxml.jackson.core.JsonProcessingException parse && parse.getLocation() != null) {
            return "line " + parse.getLocation().getLineNr() + ", column " + parse.getLocation().getColumnNr();
        }
        return "-";
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(ProblemWriter.PROBLEM_JSON).body(problem);
    }
}
