package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.provisioning.DemandAccepted;
import cn.cmcc.ah.gca.events.provisioning.DemandDispatched;
import cn.cmcc.ah.gca.events.provisioning.DemandKind;
import cn.cmcc.ah.gca.events.provisioning.DemandPoint;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import static cn.cmcc.ah.gca.provisioning.command.Guards.isBlank;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.ACCEPT_LAST_MILE_SCHEDULING_REQUIRED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.ACCEPT_PLANNED_DATE_BEFORE_READY;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.ACCEPT_PLANNED_DATE_INVALID;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.ACCEPT_RESOURCE_APPLICATION_REQUIRED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.DEMAND_CONFIRMATION_DECLINED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.DEMAND_CONFIRMATION_FORM_REQUIRED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.DEMAND_CONFIRMATION_NOT_REPLIED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.DEMAND_CONFIRMATION_RENEGOTIATED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.DEMAND_CONFIRMATION_WITHDRAWN;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.DEMAND_CUSTOMER_NOT_ACCEPTED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.DEMAND_NOTHING_PROVISIONABLE;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.DEMAND_NUMBER_MISMATCH;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.DEMAND_UNKNOWN_CONFIRMATION_FORM;

/**
 * Art. 16–17: a form 2 is dispatched on a form 1 the customer accepted, numbered after it; CSSC accepts it with a
 * planned activation date no point's resources are late for, the resource application and the last-mile scheduling
 * (for a configuration change, Art. 37, the planned date alone).
 */
final class DispatchRules {

    private static final String FORM_1_NUMBER = "RC-\\d{4}-\\d{6}";

    private DispatchRules() {
    }

    /** An activation form 2 of the accepted form 1's provisionable points (Art. 12, 14: at least one). */
    static DemandDispatched dispatched(DispatchDemand command) {
        ConfirmedForm basis = dispatchable(command);
        List<DemandPoint> points = DemandPoints.of(basis.points());
        if (points.isEmpty()) {
            throw DEMAND_NOTHING_PROVISIONABLE.reject(command.formId(), basis.formId());
        }
        return new DemandDispatched(command.formId(), DemandKind.ACTIVATION, basis.formId(), basis.request(), points,
                basis.solution(), Guards.orEmpty(command.remarks()), command.at());
    }

    /** The accepted form 1 the command rests on; refused when it is anything else. */
    private static ConfirmedForm dispatchable(DispatchDemand command) {
        String formId = command.formId();
        String confirmationFormId = Guards.orEmpty(command.confirmationFormId());
        if (!confirmationFormId.matches(FORM_1_NUMBER)) {
            throw DEMAND_CONFIRMATION_FORM_REQUIRED.reject(formId, confirmationFormId);
        }
        String expected = FormNumbers.demandFormIdFor(confirmationFormId);
        if (!expected.equals(formId)) {
            throw DEMAND_NUMBER_MISMATCH.reject(formId, confirmationFormId, expected);
        }
        ConfirmedForm basis = command.basis();
        if (basis == null || !confirmationFormId.equals(basis.formId()) || basis.status() == null) {
            throw DEMAND_UNKNOWN_CONFIRMATION_FORM.reject(formId, confirmationFormId);
        }
        switch (basis.status()) {
            case IN_CONFIRMATION -> throw DEMAND_CONFIRMATION_NOT_REPLIED.reject(formId, confirmationFormId);
            case REPLIED -> throw DEMAND_CUSTOMER_NOT_ACCEPTED.reject(formId, confirmationFormId);
            case DECLINED -> throw DEMAND_CONFIRMATION_DECLINED.reject(formId, confirmationFormId);
            case WITHDRAWN -> throw DEMAND_CONFIRMATION_WITHDRAWN.reject(formId, confirmationFormId);
            case RENEGOTIATED -> throw DEMAND_CONFIRMATION_RENEGOTIATED.reject(formId, confirmationFormId,
                    basis.renegotiatedAs());
            case ACCEPTED -> {
                // the basis of a form 2
            }
        }
        if (basis.request() == null || basis.solution() == null) {
            throw DEMAND_CONFIRMATION_NOT_REPLIED.reject(formId, confirmationFormId);
        }
        return basis;
    }

    static DemandAccepted accepted(String formId, DemandKind kind, CustomerRef customer,
                                   Collection<PointProgress> points, AcceptDemand command) {
        LocalDate planned = Guards.isoDate(command.plannedActivationDate(),
                () -> ACCEPT_PLANNED_DATE_INVALID.reject(formId, String.valueOf(command.plannedActivationDate())));
        for (PointProgress point : points) {
            LocalDate ready = point.readyDate();
            if (ready != null && planned.isBefore(ready)) {
                throw ACCEPT_PLANNED_DATE_BEFORE_READY.reject(formId, planned.toString(), point.pointId(),
                        ready.toString());
            }
        }
        if (kind == DemandKind.ACTIVATION) {
            // a configuration change works on the circuit's existing resources (Art. 37): nothing to apply for or build
            if (isBlank(command.resourceApplication())) {
                throw ACCEPT_RESOURCE_APPLICATION_REQUIRED.reject(formId);
            }
            if (isBlank(command.lastMileScheduling())) {
                throw ACCEPT_LAST_MILE_SCHEDULING_REQUIRED.reject(formId);
            }
        }
        return new DemandAccepted(formId, kind, customer, planned.toString(),
                Guards.orEmpty(command.resourceApplication()), Guards.orEmpty(command.lastMileScheduling()),
                command.at());
    }
}
