package cn.cmcc.ah.gca.fault.command;

import cn.cmcc.ah.gca.events.Department;

import java.util.List;

import static cn.cmcc.ah.gca.fault.command.FaultRejection.FAULT_HAND_BACK_NOT_LOWER;
import static cn.cmcc.ah.gca.fault.command.FaultRejection.FAULT_NO_HIGHER_LEVEL;

/**
 * The levels a fault is handled at, lowest first: CSSC (Art. 26–27), the O&M specialist teams (Art. 28–29), the
 * provincial network dept (Art. 30–31).
 */
final class Levels {

    static final Department OMT_LEVEL = Department.OMT;

    private static final List<Department> ORDER = List.of(Department.CSSC, Department.OMT, Department.PND);

    private Levels() {
    }

    /**
     * The message arguments naming a department: {0} the ticket, {1} its code, {2} its Chinese name (used by
     * fault-messages.properties), {3} its English name (fault-messages_en.properties).
     */
    static Object[] named(String ticketId, Department department) {
        return new Object[] {ticketId, department.name(), department.chineseName(), department.englishName()};
    }

    /** The next level up from {@code current}; PND has none. */
    static Department above(String ticketId, Department current) {
        int at = ORDER.indexOf(current);
        if (at < 0 || at == ORDER.size() - 1) {
            throw FAULT_NO_HIGHER_LEVEL.reject(named(ticketId, current));
        }
        return ORDER.get(at + 1);
    }

    /** {@code to} must be a level below {@code current}. */
    static void requireBelow(String ticketId, Department to, Department current) {
        int target = to == null ? -1 : ORDER.indexOf(to);
        if (target < 0 || target >= ORDER.indexOf(current)) {
            throw FAULT_HAND_BACK_NOT_LOWER.reject(ticketId, to == null ? "" : to.name(), current.name(),
                    to == null ? "" : to.chineseName(), to == null ? "" : to.englishName(), current.chineseName(),
                    current.englishName());
        }
    }
}
