package cn.cmcc.ah.gca.presale.command;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.presale.AccessPoint;
import cn.cmcc.ah.gca.events.presale.AdjustmentLink;
import cn.cmcc.ah.gca.events.presale.ProductRef;
import cn.cmcc.ah.gca.events.presale.ResourceRequest;
import cn.cmcc.ah.gca.presale.command.DispatchConfirmationForm.RequestedAccessPoint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static cn.cmcc.ah.gca.presale.command.Guards.isBlank;
import static cn.cmcc.ah.gca.presale.command.Guards.orEmpty;

/**
 * What a form 1 must be to be dispatched (Art. 7, 8, 35). Checked before a form number is taken for it, so a refused
 * dispatch does not use a number up, and again by the form itself as it is created.
 */
public final class DispatchRules {

    /** The form as it will be stored: its request and its numbered access points. */
    record Dispatchable(ResourceRequest request, List<AccessPoint> accessPoints) {
    }

    private DispatchRules() {
    }

    /** Refuses the dispatch (400/422) unless every rule holds. */
    public static void check(DispatchConfirmationForm command) {
        dispatchable(command);
    }

    static Dispatchable dispatchable(DispatchConfirmationForm command) {
        CustomerRef customer = command.customer();
        if (customer == null || isBlank(customer.groupId()) || isBlank(customer.name())
                || customer.serviceLevel() == null) {
            throw PresaleRejection.FORM_CUSTOMER_REQUIRED.reject();
        }
        if (isBlank(command.productCode()) || isBlank(command.productName())) {
            throw PresaleRejection.FORM_PRODUCT_REQUIRED.reject();
        }
        if (!command.productMature() && isBlank(command.templateId())) {
            throw PresaleRejection.FORM_TEMPLATE_REQUIRED.reject(command.productCode());
        }
        requirePositiveBandwidth(command.bandwidthMbps());
        if (command.requestedDate() == null) {
            throw PresaleRejection.FORM_REQUESTED_DATE_REQUIRED.reject();
        }
        if (command.requestedDate().isBefore(command.today())) {
            throw PresaleRejection.FORM_REQUESTED_DATE_IN_PAST.reject(command.requestedDate().toString());
        }
        List<AccessPoint> accessPoints = numbered(command.accessPoints());
        ResourceRequest request = new ResourceRequest(
                new CustomerRef(customer.groupId().strip(), customer.name().strip(), customer.serviceLevel()),
                new ProductRef(command.productCode().strip(), command.productName().strip(),
                        orEmpty(command.templateId())),
                command.bandwidthMbps(), command.requestedDate().toString(), orEmpty(command.accountManager()),
                orEmpty(command.contact()), orEmpty(command.remarks()),
                adjustmentLink(command.adjustedCircuitId(), command.adjustmentId()));
        return new Dispatchable(request, accessPoints);
    }

    static void requirePositiveBandwidth(int bandwidthMbps) {
        if (bandwidthMbps <= 0) {
            throw PresaleRejection.FORM_BANDWIDTH_INVALID.reject(bandwidthMbps);
        }
    }

    /** Art. 8: at least one access point, each complete, none twice; numbered P1, P2, … in the order given. */
    private static List<AccessPoint> numbered(List<RequestedAccessPoint> requested) {
        if (requested == null || requested.isEmpty()) {
            throw PresaleRejection.FORM_NO_ACCESS_POINTS.reject();
        }
        List<AccessPoint> numbered = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RequestedAccessPoint point : requested) {
            String pointId = "P" + (numbered.size() + 1);
            if (point == null || isBlank(point.address()) || isBlank(point.district())) {
                throw PresaleRejection.FORM_ACCESS_POINT_INCOMPLETE.reject(pointId);
            }
            if (!seen.add(point.district().strip() + "|" + point.address().strip())) {
                throw PresaleRejection.FORM_DUPLICATE_ACCESS_POINT.reject(point.address().strip());
            }
            numbered.add(new AccessPoint(pointId, point.address().strip(), point.district().strip()));
        }
        return numbered;
    }

    /** Art. 35: an adjustment names both the circuit and the adjustment request; a new line names neither. */
    private static AdjustmentLink adjustmentLink(String circuitId, String adjustmentId) {
        if (isBlank(circuitId) && isBlank(adjustmentId)) {
            return AdjustmentLink.none();
        }
        if (isBlank(circuitId) || isBlank(adjustmentId)) {
            throw PresaleRejection.FORM_ADJUSTMENT_INCOMPLETE.reject();
        }
        return AdjustmentLink.of(circuitId.strip(), adjustmentId.strip());
    }
}
