package cn.cmcc.ah.gca.presale.web;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.support.domain.DepartmentNotAllowedException;
import cn.cmcc.ah.gca.support.web.Actor;

import java.util.EnumSet;

/** Who may read what: the operator's departments read everything; a customer reads only what is its own. */
final class Readers {

    private static final EnumSet<Department> STAFF = EnumSet.complementOf(EnumSet.of(Department.CUSTOMER));

    private Readers() {
    }

    /** → 403 for a CUSTOMER token on the operator's internal lists. */
    static void requireStaff(Actor actor, String article) {
        if (!STAFF.contains(actor.department())) {
            throw new DepartmentNotAllowedException(article, STAFF, actor.department());
        }
    }
}
