package cn.cmcc.ah.gca.presale.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.support.domain.DepartmentNotAllowedException;

import java.util.Set;

/** Checks every pre-sale aggregate makes before it decides. */
final class Guards {

    private Guards() {
    }

    /** → 403 when the source gives the step to another department. */
    static void requireDepartment(String article, Set<Department> allowed, Department actual) {
        if (!allowed.contains(actual)) {
            throw new DepartmentNotAllowedException(article, allowed, actual);
        }
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** Events carry every field: an optional text the caller left out travels as the empty string. */
    static String orEmpty(String text) {
        return text == null ? "" : text.strip();
    }
}
