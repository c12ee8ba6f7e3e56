package cn.cmcc.ah.gca.sla.calendar;

import cn.cmcc.ah.gca.support.domain.DomainException.Kind;
import cn.cmcc.ah.gca.support.domain.Rejection;

import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.INVALID;
import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.RULE_VIOLATION;

/**
 * Every reason a year of the working-day calendar is refused ("Working days" in workflow-en.md; PND owns the time
 * limits, Art. 5). Texts: {@code error.<code>} in {@code sla-calendar-messages.properties} (Chinese) and
 * {@code sla-calendar-messages_en.properties}.
 */
public enum CalendarRejection implements Rejection {

    /** {0}: the year given, {1}, {2}: the first and last year accepted */
    YEAR_OUT_OF_RANGE(INVALID, "year"),
    /** {0}: year in the body, {1}: year of the path */
    YEAR_MISMATCH(RULE_VIOLATION),
    /** neither or both of {@code holidays} (GCA) and {@code days} (holiday-cn) */
    FORMAT_UNCLEAR(INVALID, "holidays"),
    /** GCA format without the notice's title */
    NOTICE_REQUIRED(INVALID, "notice"),
    /** a holiday period without name, from or to; a holiday-cn day without date or isOffDay */
    DATE_REQUIRED(INVALID, "holidays"),
    /** {0}: the year */
    NO_HOLIDAYS(RULE_VIOLATION),
    /** {0}: the date */
    HOLIDAY_NAME_BLANK(RULE_VIOLATION),
    /** {0}: the name, {1}: the cap */
    HOLIDAY_NAME_TOO_LONG(RULE_VIOLATION),
    /** {0}: the date, {1}: the year */
    DATE_OUTSIDE_YEAR(RULE_VIOLATION),
    /** {0}: name, {1}: from, {2}: to */
    HOLIDAY_PERIOD_REVERSED(RULE_VIOLATION),
    /** {0}: name, {1}: from, {2}: to, {3}: the cap in days */
    HOLIDAY_PERIOD_TOO_LONG(RULE_VIOLATION),
    /** {0}: name, {1}: from, {2}: to */
    HOLIDAY_PERIOD_WEEKEND_ONLY(RULE_VIOLATION),
    /** {0}: the date */
    MAKE_UP_DAY_NOT_WEEKEND(RULE_VIOLATION),
    /** {0}: the date */
    MAKE_UP_DAY_ALSO_OFF(RULE_VIOLATION),
    /** {0}: the date */
    DUPLICATE_DATE(RULE_VIOLATION),
    /** {0}: the start given to a deadline computation */
    START_INVALID(INVALID, "start"),
    /** {0}: the working days given, {1}: the most accepted */
    WORKING_DAYS_INVALID(INVALID, "workingDays");

    private final Kind kind;
    private final String field;

    CalendarRejection(Kind kind) {
        this(kind, "");
    }

    CalendarRejection(Kind kind, String field) {
        this.kind = kind;
        this.field = field;
    }

    @Override
    public Kind kind() {
        return kind;
    }

    @Override
    public String article() {
        return "Art. 5";
    }

    @Override
    public String field() {
        return field;
    }
}
