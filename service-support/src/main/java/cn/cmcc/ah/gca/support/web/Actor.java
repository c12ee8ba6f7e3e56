package cn.cmcc.ah.gca.support.web;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.support.domain.CommonRejection;

import java.util.Optional;
import java.util.function.Function;

/**
 * Who is calling: the token's subject, its department, for a {@code CUSTOMER} token the group customer it speaks
 * for, and for an {@code RMU} token the resource management unit it may work for, if it names one. Controllers
 * receive it as a handler argument; which steps it may take is the step guard's business.
 */
public record Actor(String userId, Department department, Optional<String> customerGroupId, Optional<String> unit) {

    /** A caller whose token names no resource management unit. */
    public Actor(String userId, Department department, Optional<String> customerGroupId) {
        this(userId, department, customerGroupId, Optional.empty());
    }

    public boolean is(Department candidate) {
        return department == candidate;
    }

    /** The customer whose items alone this caller may see; empty for the operator's departments. */
    public Optional<String> customerScope() {
        return is(Department.CUSTOMER) ? customerGroupId : Optional.empty();
    }

    /**
     * The resource management unit whose items alone this caller may act on (an RMU token with a {@code unit} claim);
     * empty for every other caller, and for an RMU token without one (a central resource desk).
     */
    public Optional<String> unitScope() {
        return is(Department.RMU) ? unit : Optional.empty();
    }

    /** Staff see every item; a customer only the items of its own group. */
    public boolean maySee(String itemCustomerGroupId) {
        return customerScope().map(own -> own.equals(itemCustomerGroupId)).orElse(true);
    }

    /**
     * The item, if there is one and the caller may see it; else 404 — also for another customer's item, so a customer
     * does not learn which numbers exist.
     */
    public <V> V visible(Optional<V> item, Function<V, String> customerOf, String id) {
        return item.filter(found -> maySee(customerOf.apply(found)))
                .orElseThrow(() -> CommonRejection.NOT_FOUND.reject(id));
    }
}
