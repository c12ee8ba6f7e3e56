package cn.cmcc.ah.gca.support.domain;

import cn.cmcc.ah.gca.events.Department;

import java.util.Set;
import java.util.stream.Collectors;

/** A step taken by a department the source does not give it to (→ 403). */
public class DepartmentNotAllowedException extends DomainException {

    private final String article;
    private final Set<Department> allowed;
    private final Department actual;

    public DepartmentNotAllowedException(String article, Set<Department> allowed, Department actual) {
        super(Kind.FORBIDDEN, "department-not-allowed",
                "Only " + allowed.stream().map(Department::englishName).collect(Collectors.joining(", "))
                        + " may take this step (" + article + "); you act as " + actual.englishName() + ".");
        this.article = article;
        this.allowed = Set.copyOf(allowed);
        this.actual = actual;
    }

    public String article() {
        return article;
    }

    public Set<Department> allowed() {
        return allowed;
    }

    public Department actual() {
        return actual;
    }
}
