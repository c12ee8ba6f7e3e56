package cn.cmcc.ah.gca.provisioning.command;

import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.DEMAND_CONFIRMATION_DECLINED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.DEMAND_CONFIRMATION_FORM_REQUIRED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.DEMAND_CONFIRMATION_NOT_REPLIED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.DEMAND_CONFIRMATION_RENEGOTIATED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.DEMAND_CONFIRMATION_WITHDRAWN;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.DEMAND_CUSTOMER_NOT_ACCEPTED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.DEMAND_NUMBER_MISMATCH;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.DEMAND_UNKNOWN_CONFIRMATION_FORM;

/** Art. 16–17: a form 2 is dispatched on a form 1 the customer accepted, numbered after it. */
final class DispatchRules {

    private static final String FORM_1_NUMBER = "RC-\\d{4}-\\d{6}";

    private DispatchRules() {
    }

    /** The accepted form 1 the command rests on; refused when it is anything else. */
    static ConfirmedForm dispatchable(DispatchDemand command) {
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
}
