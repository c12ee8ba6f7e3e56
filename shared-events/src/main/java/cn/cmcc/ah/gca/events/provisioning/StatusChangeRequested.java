package cn.cmcc.ah.gca.events.provisioning;

import cn.cmcc.ah.gca.events.CustomerRef;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * One RMU received the status change information (Art. 21). Starts its {@code provisioning.status-change} clock
 * (1 WD, one per unit).
 *
 * @param formId      the form 2
 * @param unit        the RMU unit code
 * @param changeId    {@code <formId>.<unit>}: the clock's subject
 * @param customer    the group customer
 * @param requestedAt when the information reached it
 */
@Revision("1")
public record StatusChangeRequested(String formId, String unit, String changeId, CustomerRef customer,
                                    Instant requestedAt) {
}
