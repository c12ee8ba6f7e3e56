package cn.cmcc.ah.gca.events.presale;

import cn.cmcc.ah.gca.events.CustomerRef;

/**
 * The request part of a form 1 (本地集团客户接入类资源确认及回复单, Art. 8), as GCD dispatched it. Carried by every
 * event a consumer acts on, so that nobody has to ask back.
 *
 * @param customer       the group customer
 * @param product        product and template
 * @param bandwidthMbps  requested bandwidth in Mbit/s
 * @param requestedDate  the date the customer wants the service, ISO-8601 ({@code 2026-04-15})
 * @param accountManager 客户经理 of GCD (name and phone, as given)
 * @param contact        the customer's contact (name and phone, as given)
 * @param remarks        备注; may be empty
 * @param adjustment     the Art. 35 link when the form is part of an adjustment
 */
public record ResourceRequest(
        CustomerRef customer,
        ProductRef product,
        int bandwidthMbps,
        String requestedDate,
        String accountManager,
        String contact,
        String remarks,
        AdjustmentLink adjustment) {
}
