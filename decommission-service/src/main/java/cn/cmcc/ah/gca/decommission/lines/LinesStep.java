package cn.cmcc.ah.gca.decommission.lines;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.support.domain.Step;

import java.util.Set;

/**
 * The steps of the lines views and who may take them: one table for the guard, the OpenAPI text and the tests.
 * To be folded into decommission-service's own step table.
 */
public enum LinesStep implements Step {

    /**
     * Everyone reads a circuit's history, from its form 1 to its form 5 (Art. 8–37); a customer only its own
     * circuits', without the names of the operator's staff (as its tickets, Art. 24).
     */
    READ_CIRCUIT_HISTORY("Art. 8–37", EVERYONE);

    private final String article;
    private final Set<Department> allowed;

    LinesStep(String article, Set<Department> allowed) {
        this.article = article;
        this.allowed = allowed;
    }

    @Override
    public String article() {
        return article;
    }

    @Override
    public Set<Department> allowed() {
        return allowed;
    }
}
