package cn.cmcc.ah.gca.events.decommission;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.MayBeAbsent;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * GCD dispatched a form 5 flagged as an adjustment of a circuit (Art. 35: 说明为调整业务). The form 1 GCD dispatches to
 * presale with it names this form's number as its adjustment id; the two are correlated by that id.
 *
 * @param formId          form number, e.g. {@code SD-2026-000002}; quoted as {@code adjustmentId} on the form 1
 * @param circuitId       the circuit adjusted
 * @param customer        its group customer, with its service level
 * @param reason          what the customer wants changed
 * @param requestedDate   the date asked for, ISO-8601
 * @param stopFirst       true when GCD asked to stop the old circuit before the new one is activated (Art. 4; the
 *                        default is new first, Art. 32, 36)
 * @param stopFirstReason why, when {@code stopFirst}
 * @param dispatchedAt    when
 */
@Revision("1")
public record AdjustmentRequested(
        String formId,
        String circuitId,
        CustomerRef customer,
        String reason,
        String requestedDate,
        boolean stopFirst,
        @MayBeAbsent String stopFirstReason,
        Instant dispatchedAt) {
}
