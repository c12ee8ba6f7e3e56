package cn.cmcc.ah.gca.events.decommission;

import cn.cmcc.ah.gca.events.CustomerRef;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * GCD withdrew a form 5 before CSSC accepted it (decision); its circuits are as before.
 *
 * @param formId      the form 5
 * @param requestType what it asked for
 * @param customer    the group customer
 * @param circuitIds  its circuits
 * @param reason      why
 * @param withdrawnAt when
 */
@Revision("1")
public record StopFormWithdrawn(String formId, StopRequestType requestType, CustomerRef customer,
                                List<String> circuitIds, String reason, Instant withdrawnAt) {

    public StopFormWithdrawn {
        circuitIds = List.copyOf(circuitIds);
    }
}
