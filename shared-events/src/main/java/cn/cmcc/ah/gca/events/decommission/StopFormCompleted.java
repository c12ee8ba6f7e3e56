package cn.cmcc.ah.gca.events.decommission;

import cn.cmcc.ah.gca.events.CustomerRef;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * A form 5 is done: every circuit stopped and every unit's status change confirmed (permanent stop), every last mile
 * stopped (suspension) or restored (resume); an adjustment with its old circuit stopped and the new one activated
 * (Art. 36), or its configuration change accepted and archived (Art. 37).
 *
 * @param formId       the form 5
 * @param requestType  what it was
 * @param customer     the group customer
 * @param circuitIds   its circuits
 * @param newCircuitId for a re-allocation, the new line's circuit; empty otherwise
 * @param changeFormId for a configuration change, provisioning's form 2; empty otherwise
 * @param completedAt  when
 */
@Revision("1")
public record StopFormCompleted(String formId, StopRequestType requestType, CustomerRef customer,
                                List<String> circuitIds, String newCircuitId, String changeFormId,
                                Instant completedAt) {

    public StopFormCompleted {
        circuitIds = List.copyOf(circuitIds);
    }
}
