package cn.cmcc.ah.gca.support.web;

import cn.cmcc.ah.gca.support.web.ProblemWriter.FieldProblem;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Says what is wrong with a request body that could not be read, naming the field and what it must be, in words a
 * CRM integrator understands: "customer.serviceLevel: must be one of AAA, AA, A, STANDARD" rather than a parser's
 * message.
 */
final class JsonInputProblems {

    private final ProblemWriter problems;
    private final Messages messages;

    JsonInputProblems(ProblemWriter problems) {
        this.problems = problems;
        this.messages = problems.messages();
    }

    ProblemDetail of(HttpMessageNotReadableException e, HttpServletRequest request) {
        Throwable cause = rootJsonCause(e);
        if (cause instanceof RequestLimitsFilter.BodyTooLargeException) {
            return problems.problem(HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large", new Object[0], request);
        }
        if (cause == null) {
            return problems.problem(HttpStatus.BAD_REQUEST, "missing-body", new Object[0], request);
        }
        if (cause instanceof StreamConstraintsException) {
            return problems.problem(HttpStatus.BAD_REQUEST, "body-limits",
                    new Object[]{StrictJson.MAX_STRING_LENGTH, StrictJson.MAX_NESTING_DEPTH}, request);
        }
        if (cause instanceof MismatchedInputException mismatch && mismatch.getMessage() != null
                && mismatch.getMessage().startsWith("Trailing token")) {
            JsonLocation at = mismatch.getLocation();
            return problems.problem(HttpStatus.BAD_REQUEST, "trailing-content",
                    new Object[]{at == null ? "?" : at.getLineNr(), at == null ? "?" : at.getColumnNr()}, request);
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return problems.invalid("invalid-request",
                    List.of(new FieldProblem(path(mapping), fieldMessage(mapping, request))), request);
        }
        if (cause instanceof JsonProcessingException parse) {
            JsonLocation at = parse.getLocation();
            String where = at == null ? "-" : messages.get("error.at-line", new Object[]{at.getLineNr(),
                    at.getColumnNr()}, request);
            String what = parse.getOriginalMessage() != null && parse.getOriginalMessage().startsWith("Duplicate field")
                    ? messages.get("error.field-duplicate", new Object[0], request) : where;
            return problems.problem(HttpStatus.BAD_REQUEST, "unreadable-body", new Object[]{what}, request);
        }
        return problems.problem(HttpStatus.BAD_REQUEST, "unreadable-body", new Object[]{"-"}, request);
    }

    private String fieldMessage(JsonMappingException e, HttpServletRequest request) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            Collection<Object> known = unknown.getKnownPropertyIds();
            return messages.get("error.field-unknown", new Object[]{known == null ? "" : known.stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", "))}, request);
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Class<?> target = mismatch.getTargetType();
            if (e instanceof InvalidFormatException || !isNullMessage(e)) {
                return expected(target, request);
            }
            return messages.get("error.field-null", new Object[0], request);
        }
        return messages.get("error.field-type", new Object[0], request);
    }

    private String expected(Class<?> target, HttpServletRequest request) {
        if (target.isEnum()) {
            String values = Arrays.stream(target.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
            return messages.get("error.field-enum", new Object[]{values}, request);
        }
        if (target == LocalDate.class) {
            return messages.get("error.field-date",
                    new Object[]{StrictJson.EARLIEST_DATE.toString(), StrictJson.LATEST_DATE.toString()}, request);
        }
        if (target == int.class || target == Integer.class || target == long.class || target == Long.class) {
            return messages.get("error.field-integer", new Object[0], request);
        }
        if (target == double.class || target == Double.class || target == java.math.BigDecimal.class) {
            return messages.get("error.field-number", new Object[0], request);
        }
        if (target == boolean.class || target == Boolean.class) {
            return messages.get("error.field-boolean", new Object[0], request);
        }
        if (target == String.class) {
            return messages.get("error.field-text", new Object[0], request);
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return messages.get("error.field-array", new Object[0], request);
        }
        return messages.get("error.field-object", new Object[0], request);
    }

    private static boolean isNullMessage(JsonMappingException e) {
        String message = e.getOriginalMessage();
        return message != null && message.contains("null");
    }

    private static Throwable rootJsonCause(HttpMessageNotReadableException e) {
        Throwable found = null;
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof RequestLimitsFilter.BodyTooLargeException) {
                return t;
            }
            if (t instanceof JsonProcessingException && found == null) {
                found = t;
            }
        }
        return found;
    }

    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
