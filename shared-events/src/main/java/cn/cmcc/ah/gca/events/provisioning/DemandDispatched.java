package cn.cmcc.ah.gca.events.provisioning;

import cn.cmcc.ah.gca.events.presale.NetworkSolution;
import cn.cmcc.ah.gca.events.presale.ResourceRequest;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * GCD dispatched a form 2 (本地集团客户接入类资源需求申请及资源开通回复单) to CSSC (Art. 17), for a form 1 that presale
 * replied and the customer accepted (Art. 16), known to provisioning from presale's events alone.
 *
 * @param formId             form 2 number, e.g. {@code RD-2026-000123} for form 1 {@code RC-2026-000123}: one form 2
 *                           per form 1; the aggregate id and the record key
 * @param kind               a new line, or a configuration change (Art. 37)
 * @param confirmationFormId the form 1 it rests on
 * @param request            customer (with service level), product, bandwidth, requested date, people, adjustment
 *                           link, as form 1 carried them
 * @param points             the access points to provision, each with its Art. 18/19/20 path
 * @param solution           the end-to-end network solution form 1 replied (Art. 15)
 * @param remarks            GCD's remarks on the form 2; may be empty
 * @param dispatchedAt       when
 */
@Revision("1")
public record DemandDispatched(
        String formId,
        DemandKind kind,
        String confirmationFormId,
        ResourceRequest request,
        List<DemandPoint> points,
        NetworkSolution solution,
        String remarks,
        Instant dispatchedAt) {
    public DemandDispatched {
        points = List.copyOf(points);
    }
}
