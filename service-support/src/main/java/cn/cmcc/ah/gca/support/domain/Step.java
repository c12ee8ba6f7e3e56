package cn.cmcc.ah.gca.support.domain;

import cn.cmcc.ah.gca.events.Department;

import java.util.EnumSet;
import java.util.Set;

/**
 * A step of the workflow and the departments the source gives it to: one enum per service implements this, and the
 * controller guard, the aggregate guard, the OpenAPI text and the role-matrix test all read that one table.
 */
public interface Step {

    /** Every department; for reads open to all, customers included (they see only their own items). */
    Set<Department> EVERYONE = EnumSet.allOf(Department.class);
    /** The operator's departments: everyone but customers. */
    Set<Department> STAFF = EnumSet.complementOf(EnumSet.of(Department.CUSTOMER));

    String name();

    /** Where the step comes from, e.g. {@code Art. 8}. */
    String article();

    Set<Department> allowed();

    /** → 403 when the source gives the step to another department. */
    default void require(Department actual) {
        if (actual == null || !allowed().contains(actual)) {
            throw new DepartmentNotAllowedException(this, actual);
        }
    }

    static Set<Department> only(Department first, Department... others) {
        return Set.copyOf(EnumSet.of(first, others));
    }
}
