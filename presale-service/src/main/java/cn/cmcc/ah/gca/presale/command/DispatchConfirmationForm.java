package cn.cmcc.ah.gca.presale.command;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * GCD dispatches a form 1 to CSSC (Art. 8), possibly as part of an adjustment (Art. 35).
 *
 * @param formId            the new form number (e.g. RC-2026-000123), taken by the caller once the rules held
 * @param productMature     the product's maturity as the caller read it from the catalogue; a non-mature product
 *                          needs a productised template (Art. 7)
 * @param templateId        the template the solution was built from; null or blank for a mature product
 * @param accessPoints      one or more; numbered P1, P2, … in this order
 * @param adjustedCircuitId for an adjustment (Art. 35) the circuit adjusted; null or blank otherwise
 * @param adjustmentId      for an adjustment the request linking it to its form 5; null or blank otherwise
 * @param renegotiationOf   the form whose negotiation asked for this one (Art. 16); null or blank otherwise
 * @param today             the calendar day in Asia/Shanghai, for the date rules
 */
public record DispatchConfirmationForm(
        @TargetAggregateIdentifier String formId,
        CustomerRef customer,
        String productCode,
        String productName,
        boolean productMature,
        String templateId,
        int bandwidthMbps,
        LocalDate requestedDate,
        String accountManager,
        String contact,
        String remarks,
        List<RequestedAccessPoint> accessPoints,
        String adjustedCircuitId,
        String adjustmentId,
        String renegotiationOf,
        Department actingDepartment,
        LocalDate today,
        Instant dispatchedAt) {

    /** The same form under the number taken for it once the rules held ({@link DispatchRules#check}). */
    public DispatchConfirmationForm numbered(String number, String renegotiates) {
        return new DispatchConfirmationForm(number, customer, productCode, productName, productMature, templateId,
                bandwidthMbps, requestedDate, accountManager, contact, remarks, accessPoints, adjustedCircuitId,
                adjustmentId, renegotiates, actingDepartment, today, dispatchedAt);
    }

    /** An access point as GCD gives it (接入地址, 区县). */
    public record RequestedAccessPoint(String address, String district) {
    }
}
