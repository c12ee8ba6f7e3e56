package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.support.domain.DomainException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** Small checks every in-sale aggregate makes. */
final class Guards {

    /** Dates on the forms are Anhui dates. */
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /**
     * A resource management unit's code, as configured (e.g. {@code RMU-ACCESS}); which ones exist the web layer
     * checks.
     */
    private static final Pattern UNIT_CODE = Pattern.compile("[A-Z][A-Z0-9-]{1,31}");

    private Guards() {
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** Events carry every field: an optional text the caller left out travels as the empty string. */
    static String orEmpty(String text) {
        return text == null ? "" : text.strip();
    }

    /** An ISO-8601 date ({@code 2026-04-15}), strictly; else the given refusal. */
    static LocalDate isoDate(String text, Supplier<DomainException> invalid) {
        if (isBlank(text)) {
            throw invalid.get();
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw invalid.get();
        }
    }

    /** An ISO date the form already holds; null for the empty string. */
    static LocalDate dateOrNull(String text) {
        return isBlank(text) ? null : LocalDate.parse(text);
    }

    static LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, SHANGHAI);
    }

    static boolean isUnitCode(String unit) {
        return unit != null && UNIT_CODE.matcher(unit).matches();
    }
}
