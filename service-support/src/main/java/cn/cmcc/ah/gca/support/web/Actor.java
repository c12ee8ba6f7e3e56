package cn.cmcc.ah.gca.support.web;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.support.domain.DepartmentNotAllowedException;

import java.util.EnumSet;
import java.util.Optional;

/**
 * Who is calling: the token's subject, its department, and for a {@code CUSTOMER} token the group customer it
 * speaks for. Controllers receive it as a handler argument.
 */
public record Actor(String userId, Department department, Optional<String> customerGroupId) {

    /** Refuses the step (403) unless the caller's department is one the article gives it to. */
    public void require(String article, Department first, Department... others) {
        EnumSet<Department> allowed = EnumSet.of(first, others);
        if (!allowed.contains(department)) {
            throw new DepartmentNotAllowedException(article, allowed, department);
        }
    }

    public boolean is(Department candidate) {
        return department == candidate;
    }
}
