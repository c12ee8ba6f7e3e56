package cn.cmcc.ah.gca.events.provisioning;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A form 3 work order was completed (Art. 18–20), as CSSC recorded it from the assignee unit's report.
 *
 * @param formId      the form 2
 * @param workOrderId the work order
 * @param pointId     its access point
 * @param target      its segment or the customer side
 * @param actualDate  the actual completion date, ISO-8601
 * @param result      施工结果, as reported
 * @param completedAt when it was recorded
 */
@Revision("1")
public record WorkOrderCompleted(
        String formId,
        String workOrderId,
        String pointId,
        WorkTarget target,
        String actualDate,
        String result,
        Instant completedAt) {
}
