package cn.cmcc.ah.gca.sla.web;

import cn.cmcc.ah.gca.support.web.BadParameterException;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A query parameter naming a clock's subject (a form, ticket or circuit id): 400 for what no subject id can be
 * (whitespace, control characters, a comma — the parameter given twice —, more than 128 characters), rather than
 * an empty page.
 */
final class SubjectParameter {

    private static final Pattern SUBJECT_ID = Pattern.compile("[^\\s\\p{Cntrl},]{1,128}");

    private SubjectParameter() {
    }

    static Optional<String> checked(String name, Optional<String> value) {
        value.filter(v -> !SUBJECT_ID.matcher(v).matches()).ifPresent(v -> {
            throw new BadParameterException(name, v.length() > 80 ? v.substring(0, 80) + "…" : v,
                    "error.field-subject-id");
        });
        return value;
    }
}
