package cn.cmcc.ah.gca.support.domain;

import cn.cmcc.ah.gca.events.Department;

import java.util.Set;

/** A step taken by a department the source does not give it to (→ 403). */
public class DepartmentNotAllowedException extends DomainException {

    private final transient Step step;
    private final Department actual;

    public DepartmentNotAllowedException(Step step, Department actual) {
        super(Denied.DEPARTMENT_NOT_ALLOWED, step.name(), actual);
        this.step = step;
        this.actual = actual;
    }

    public Step step() {
        return step;
    }

    public String article() {
        return step.article();
    }

    public Set<Department> allowed() {
        return step.allowed();
    }

    public Department actual() {
        return actual;
    }

    private enum Denied implements Rejection {
        DEPARTMENT_NOT_ALLOWED;

        @Override
        public Kind kind() {
            return Kind.FORBIDDEN;
        }

        @Override
        public String article() {
            return "";
        }
    }
}
