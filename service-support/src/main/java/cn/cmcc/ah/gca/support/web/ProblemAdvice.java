package cn.cmcc.ah.gca.support.web;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.support.domain.DepartmentNotAllowedException;
import cn.cmcc.ah.gca.support.domain.DomainException;
import cn.cmcc.ah.gca.support.kafka.EventTooLargeException;
import cn.cmcc.ah.gca.support.query.InvalidCursorException;
import cn.cmcc.ah.gca.support.query.ProjectionBehindException;
import cn.cmcc.ah.gca.support.web.ProblemWriter.FieldProblem;
import com.mongodb.MongoException;
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
import org.springframework.context.MessageSourceResolvable;
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

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every error leaves a service as RFC 9457 problem+json with a localized detail, one rule everywhere: 400 missing or
 * malformed (the field named), 403 wrong department, 404 unknown, 409 out of order or concurrent change, 422 business
 * rule or an event too large to publish, 503 a store or view not available yet (with {@code Retry-After}). Nothing a
 * client sends produces a 500, and no stack trace leaves the service.
 */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    private final ProblemWriter problems;
    private final JsonInputProblems jsonInput;

    public ProblemAdvice(ProblemWriter problems) {
        this.problems = problems;
        this.jsonInput = new JsonInputProblems(problems);
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e, HttpServletRequest request) {
        if (e instanceof DepartmentNotAllowedException refused) {
            return respond(wrongDepartment(refused, request));
        }
        HttpStatus status = HttpStatus.valueOf(e.kind().status());
        ProblemDetail problem = problems.problem(status, e.code(), e.args(), request);
        String field = e.rejection().field();
        if (e.kind() == DomainException.Kind.INVALID && !field.isEmpty()) {
            problem.setProperty("errors", List.of(java.util.Map.of("field", field, "message", problem.getDetail())));
        }
        if (!e.rejection().article().isEmpty()) {
            problem.setProperty("article", e.rejection().article());
        }
        return respond(problem);
    }

    private ProblemDetail wrongDepartment(DepartmentNotAllowedException e, HttpServletRequest request) {
        boolean english = problems.messages().english(request);
        String allowed = e.allowed().stream().sorted()
                .map(d -> english ? d.englishName() : d.chineseName())
                .collect(Collectors.joining(english ? ", " : "、"));
        Department actual = e.actual();
        String actualName = actual == null ? "-" : english ? actual.englishName() : actual.chineseName();
        Object[] args = {allowed, english ? e.article() : chineseArticle(e.article()), actualName};
        ProblemDetail problem = problems.problem(HttpStatus.FORBIDDEN, e.code(), args, request);
        problem.setProperty("article", e.article());
        problem.setProperty("allowedDepartments", e.allowed().stream().map(Enum::name).sorted().toList());
        return problem;
    }

    /** {@code Art. 24} → {@code 第24条}, as the source document cites itself. */
    static String chineseArticle(String article) {
        return article.replaceAll("Art\\. (\\d+)", "第$1条").replace(", ", "、");
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
        if (cause instanceof DomainException d) {
            return domain(d, request);
        }
        if (cause instanceof EventTooLargeException tooLarge) {
            return eventTooLarge(tooLarge, request);
        }
        if (cause instanceof ConcurrencyException || cause instanceof ConflictingModificationException) {
            return concurrentChange((Exception) cause, request);
        }
        if (cause instanceof EventStoreException store) {
            return storeUnavailable(store, request);
        }
        return unexpected(e, request);
    }

    @ExceptionHandler(EventStoreException.class)
    ResponseEntity<ProblemDetail> storeUnavailable(EventStoreException e, HttpServletRequest request) {
        log.error("Event store refused an append", e);
        return retryLater(problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "store-unavailable", new Object[0],
                request), 5);
    }

    /** A read the store could not answer (down, timed out): the caller should retry, nothing is broken for good. */
    @ExceptionHandler(MongoException.class)
    ResponseEntity<ProblemDetail> storeReadFailed(MongoException e, HttpServletRequest request) {
        log.error("Store failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return retryLater(problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "store-unavailable-read", new Object[0],
                request), 5);
    }

    @ExceptionHandler(ProjectionBehindException.class)
    ResponseEntity<ProblemDetail> projectionBehind(ProjectionBehindException e, HttpServletRequest request) {
        log.warn("Read refused: {}", e.getMessage());
        long seconds = Math.max(1, e.retryAfter().toSeconds());
        return retryLater(problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "projection-behind",
                new Object[]{seconds}, request), seconds);
    }

    @ExceptionHandler(InvalidCursorException.class)
    ResponseEntity<ProblemDetail> invalidCursor(InvalidCursorException e, HttpServletRequest request) {
        return respond(problems.badParameter(new BadParameterException(PageRequestArgumentResolver.CURSOR, "",
                "error.field-cursor"), request));
    }

    @ExceptionHandler(BadParameterException.class)
    ResponseEntity<ProblemDetail> badParameter(BadParameterException e, HttpServletRequest request) {
        return respond(problems.badParameter(e, request));
    }

    @ExceptionHandler(QueryParameters.UnknownParameterException.class)
    ResponseEntity<ProblemDetail> unknownParameter(QueryParameters.UnknownParameterException e,
                                                   HttpServletRequest request) {
        String accepted = e.accepted().isEmpty() ? "-" : String.join(", ", e.accepted());
        return respond(problems.invalid("unknown-parameter", List.of(new FieldProblem(e.name(),
                problems.messages().get("error.field-unknown-parameter", new Object[]{accepted}, request))),
                request));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e, HttpServletRequest request) {
        return respond(problems.invalid("invalid-request", e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(String.valueOf(v.getPropertyPath()), v.getMessage()))
                .toList(), request));
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
            return problems.invalid("invalid-request", fieldProblems(invalid.getBindingResult().getFieldErrors()),
                    request);
        }
        if (ex instanceof HandlerMethodValidationException invalid) {
            return problems.invalid("invalid-request", invalid.getParameterValidationResults().stream()
                    .flatMap(result -> result.getResolvableErrors().stream().map(error -> new FieldProblem(
                            result.getMethodParameter().getParameterName(), message(error))))
                    .toList(), request);
        }
        if (ex instanceof HttpMessageNotReadableException unreadable) {
            return jsonInput.of(unreadable, request);
        }
        if (ex instanceof MissingServletRequestParameterException missing) {
            return problems.invalid("missing-parameter", List.of(new FieldProblem(missing.getParameterName(),
                    problems.messages().get("error.field-required", new Object[0], request))), request);
        }
        if (ex instanceof MissingRequestHeaderException missing) {
            return problems.problem(HttpStatus.BAD_REQUEST, "missing-header",
                    new Object[]{missing.getHeaderName()}, request);
        }
        if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
            return problems.badParameter(new BadParameterException(mismatch.getName(), String.valueOf(
                    mismatch.getValue()), expectedParameter(mismatch.getRequiredType()), allowedValues(
                    mismatch.getRequiredType())), request);
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
        return problems.problem(status, ContainerErrors.codeFor(status), new Object[]{request.getRequestURI()},
                request);
    }

    private static String expectedParameter(Class<?> type) {
        if (type != null && type.isEnum()) {
            return "error.field-enum";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "error.field-integer";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "error.field-boolean";
        }
        return "error.field-type";
    }

    private static Object allowedValues(Class<?> type) {
        return type != null && type.isEnum()
                ? Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "))
                : "";
    }

    private static List<FieldProblem> fieldProblems(List<FieldError> errors) {
        return errors.stream().map(err -> new FieldProblem(err.getField(), message(err))).toList();
    }

    private static String message(MessageSourceResolvable error) {
        return String.valueOf(error.getDefaultMessage());
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(ProblemWriter.PROBLEM_JSON).body(problem);
    }

    private static ResponseEntity<ProblemDetail> retryLater(ProblemDetail problem, long seconds) {
        return ResponseEntity.status(problem.getStatus()).header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .contentType(ProblemWriter.PROBLEM_JSON).body(problem);
    }
}
