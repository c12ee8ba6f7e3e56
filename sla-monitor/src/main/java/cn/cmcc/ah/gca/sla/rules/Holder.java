package cn.cmcc.ah.gca.sla.rules;

import cn.cmcc.ah.gca.events.Department;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Who holds a rule's clocks: a fixed department, or the department named by a field of the start event with a
 * fallback for an event that names none (fault acceptance: MON, or CSSC for a direct report, Art. 24).
 */
public record Holder(Department department, Pointer field, Department fallback) {

    public static Holder fixed(Department department) {
        return new Holder(department, null, null);
    }

    public Department of(JsonNode startData) {
        if (department != null) {
            return department;
        }
        return field.text(startData).flatMap(Holder::department).orElse(fallback);
    }

    static java.util.Optional<Department> department(String code) {
        try {
            return java.util.Optional.of(Department.valueOf(code));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String toString() {
        return department != null ? department.name() : field + " (else " + fallback + ")";
    }
}
