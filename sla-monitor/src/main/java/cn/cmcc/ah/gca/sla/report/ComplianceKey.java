package cn.cmcc.ah.gca.sla.report;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.ServiceLevel;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * The compliance figures a clock counts in: the month, its rule, the department that holds it and the customer's
 * service level ({@code null}: none).
 *
 * <p>The month is the Asia/Shanghai calendar month of the clock's deadline as finally set: a clock whose deadline
 * moves into another month moves with it (counted once, in the new month). A deadline at exactly 00:00 is the
 * 24:00 end of the day before (deadlines end at the close of a working day, "Working days" in workflow-en.md), so a
 * limit ending at 24:00 on 31 January counts in January.
 */
record ComplianceKey(YearMonth month, String ruleId, Department department, ServiceLevel serviceLevel) {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String NO_LEVEL = "NONE";

    static YearMonth monthOf(Instant deadline) {
        LocalDateTime local = LocalDateTime.ofInstant(deadline, SHANGHAI);
        if (local.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            local = local.minusNanos(1);
        }
        return YearMonth.from(local);
    }

    /** The figures' document id: month, rule, department and level, each a key of its own. */
    String id() {
        return month + "|" + ruleId + "|" + department + "|" + (serviceLevel == null ? NO_LEVEL : serviceLevel);
    }

    String levelName() {
        return serviceLevel == null ? NO_LEVEL : serviceLevel.name();
    }

    static ServiceLevel level(String name) {
        return name == null || NO_LEVEL.equals(name) ? null : ServiceLevel.valueOf(name);
    }
}
