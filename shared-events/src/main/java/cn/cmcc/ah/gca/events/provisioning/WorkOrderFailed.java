package cn.cmcc.ah.gca.events.provisioning;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A form 3 work order could not be completed (Art. 18–20); CSSC reissues it (a new {@link WorkOrderIssued} naming it
 * in {@code reissueOf}), or records a blocked construction (Art. 22).
 *
 * @param formId      the form 2
 * @param workOrderId the work order
 * @param pointId     its access point
 * @param target      its segment or the customer side
 * @param reason      why it failed
 * @param failedAt    when it was recorded
 */
@Revision("1")
public record WorkOrderFailed(
        String formId,
        String workOrderId,
        String pointId,
        WorkTarget target,
        String reason,
        Instant failedAt) {
}
