package cn.cmcc.ah.gca.events.decommission;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.MayBeAbsent;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * GCD dispatched a form 5 (本地集团客户接入类业务停闭需求单) to CSSC for a permanent stop, a suspension or a resume
 * of one or more circuits of one customer (Art. 33). An adjustment is {@link AdjustmentRequested} instead.
 *
 * @param formId             form number, e.g. {@code SD-2026-000001}; the aggregate id and the record key
 * @param requestType        PERMANENT_STOP, SUSPENSION or RESUME
 * @param customer           the group customer of every circuit, with its service level
 * @param circuitIds         the circuits (业务编号), at least one
 * @param reason             why, as the customer gives it
 * @param requestedDate      the date asked for, ISO-8601
 * @param openFaultTicketIds the fault tickets open on those circuits when the form was dispatched; each is told
 * @param openTicketReason   why the circuits are stopped even so; present when there were open tickets
 * @param dispatchedAt       when
 */
@Revision("1")
public record StopFormDispatched(
        String formId,
        StopRequestType requestType,
        CustomerRef customer,
        List<String> circuitIds,
        String reason,
        String requestedDate,
        List<String> openFaultTicketIds,
        @MayBeAbsent String openTicketReason,
        Instant dispatchedAt) {

    public StopFormDispatched {
        circuitIds = List.copyOf(circuitIds);
        openFaultTicketIds = openFaultTicketIds == null ? List.of() : List.copyOf(openFaultTicketIds);
    }
}
