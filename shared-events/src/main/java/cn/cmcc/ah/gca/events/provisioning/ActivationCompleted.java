package cn.cmcc.ah.gca.events.provisioning;

import cn.cmcc.ah.gca.events.CustomerRef;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * Network activation and customer-side construction are complete (Art. 21: 网络开通、用户侧施工完成后), every work order
 * done; each access point has its circuit id (业务编号). Stops {@code provisioning.activation}; starts
 * {@code provisioning.status-info} (2 WD) and {@code provisioning.acceptance} (5 WD, Art. 23).
 *
 * @param formId      the form 2
 * @param kind        a new line (ACTIVATION), or a configuration change complete (Art. 37), after which the change
 *                    acceptance follows instead of the status changes and {@code provisioning.acceptance}
 * @param customer    the group customer, with its service level
 * @param circuits    the circuit id of each access point
 * @param completedAt when
 */
@Revision("1")
public record ActivationCompleted(String formId, DemandKind kind, CustomerRef customer,
                                  List<CircuitAssignment> circuits, Instant completedAt) {
    public ActivationCompleted {
        circuits = List.copyOf(circuits);
    }
}
