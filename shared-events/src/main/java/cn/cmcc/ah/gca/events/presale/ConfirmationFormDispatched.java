package cn.cmcc.ah.gca.events.presale;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * GCD dispatched a form 1 (本地集团客户接入类资源确认及回复单) to CSSC (Art. 8), or, flagged in the request, as part
 * of an adjustment (Art. 35).
 *
 * @param formId          form number, e.g. {@code RC-2026-000123}; the aggregate id and the record key
 * @param request         customer, product, bandwidth, dates, people, adjustment link
 * @param accessPoints    the access points, at least one
 * @param renegotiationOf the earlier form 1 whose negotiation ended in {@link NegotiationOutcome#RENEGOTIATE}
 *                        (Art. 16); empty for a first form
 * @param dispatchedAt    when
 */
@Revision("1")
public record ConfirmationFormDispatched(
        String formId,
        ResourceRequest request,
        List<AccessPoint> accessPoints,
        String renegotiationOf,
        Instant dispatchedAt) {

    public ConfirmationFormDispatched {
        accessPoints = List.copyOf(accessPoints);
    }
}
