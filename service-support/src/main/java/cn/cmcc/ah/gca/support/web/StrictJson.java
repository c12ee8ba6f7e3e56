package cn.cmcc.ah.gca.support.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The JSON a caller sends is read strictly, once, for every service: enums by name only (never an ordinal), whole
 * numbers only where an integer is expected ({@code 1.5} is refused, not cut to 1), no strings for numbers or
 * booleans, no nulls for primitives, nothing after the document, dates only as {@code yyyy-MM-dd} in a sane range,
 * and no string or nesting beyond what any field of the API allows. The application's own mapper (events, views)
 * stays as it is; this is a copy for HTTP input.
 */
public final class StrictJson {

    /** The earliest and latest dates the API accepts; anything outside is a typing error, not a plan. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1970, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2199, 12, 31);
    /** A backstop above the largest {@code @Size} of any text field (20 000 characters). */
    static final int MAX_STRING_LENGTH = 50_000;
    static final int MAX_NESTING_DEPTH = 32;
    static final int MAX_NUMBER_LENGTH = 20;

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private StrictJson() {
    }

    public static ObjectMapper of(ObjectMapper applicationMapper) {
        ObjectMapper strict = applicationMapper.copy();
        strict.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .build());
        strict.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        strict.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT,
                DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS,
                DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL,
                DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE);
        strict.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        strict.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        refuse(strict, LogicalType.Integer, CoercionInputShape.String, CoercionInputShape.Float,
                CoercionInputShape.Boolean, CoercionInputShape.EmptyString);
        refuse(strict, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.Boolean,
                CoercionInputShape.EmptyString);
        refuse(strict, LogicalType.Boolean, CoercionInputShape.String, CoercionInputShape.Integer,
                CoercionInputShape.Float, CoercionInputShape.EmptyString);
        refuse(strict, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        refuse(strict, LogicalType.Enum, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.EmptyString);
        strict.registerModule(new SimpleModule("gca-strict-dates").addDeserializer(LocalDate.class, new DateOnly()));
        return strict;
    }

    private static void refuse(ObjectMapper mapper, LogicalType target, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(target).setCoercion(shape, CoercionAction.Fail);
        }
    }

    /** {@code yyyy-MM-dd} as a JSON string, between {@link #EARLIEST_DATE} and {@link #LATEST_DATE}. */
    static final class DateOnly extends JsonDeserializer<LocalDate> {

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getText();
            if (!ISO_DATE.matcher(text).matches()) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "expected yyyy-MM-dd");
            }
            try {
                LocalDate date = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
                if (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE)) {
                    return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text,
                            "outside " + EARLIEST_DATE + " .. " + LATEST_DATE);
                }
                return date;
            } catch (DateTimeParseException e) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not a calendar date");
            }
        }
    }
}
