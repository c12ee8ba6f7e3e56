package cn.cmcc.ah.gca.events.provisioning;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * CSSC issued a form 3 work order (本地集团客户接入类业务施工单, Art. 18–20; for a configuration change the device-owner
 * unit's, Art. 37).
 *
 * @param formId       the form 2
 * @param workOrderId  {@code <formId>-W01}, {@code -W02} … in the order issued
 * @param type         activation, or data-configuration change
 * @param pointId      the access point
 * @param target       the segment, or the customer side
 * @param assigneeUnit the unit that does the work (施工单位), as entered
 * @param plannedDate  the planned completion date, ISO-8601
 * @param instructions what to do; may be empty
 * @param reissueOf    the failed work order this one replaces; empty for a first issue
 * @param issuedAt     when
 */
@Revision("1")
public record WorkOrderIssued(
        String formId,
        String workOrderId,
        WorkOrderType type,
        String pointId,
        WorkTarget target,
        String assigneeUnit,
        String plannedDate,
        String instructions,
        String reissueOf,
        Instant issuedAt) {
}
