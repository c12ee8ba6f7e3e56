package cn.cmcc.ah.gca.decommission.command;

import cn.cmcc.ah.gca.decommission.command.StopForm.Status;

import static cn.cmcc.ah.gca.decommission.command.DecommissionRejection.ADJUSTMENT_ENDED;
import static cn.cmcc.ah.gca.decommission.command.DecommissionRejection.FORM_ALREADY_ACCEPTED;
import static cn.cmcc.ah.gca.decommission.command.DecommissionRejection.FORM_COMPLETED;
import static cn.cmcc.ah.gca.decommission.command.DecommissionRejection.FORM_NOT_ACCEPTED;
import static cn.cmcc.ah.gca.decommission.command.DecommissionRejection.FORM_WITHDRAWN;

/** Art. 33–37: which steps a form 5 takes where it stands. Nothing once completed, withdrawn or ended. */
final class StepOrder {

    private StepOrder() {
    }

    static void requireOpen(String formId, Status status) {
        switch (status) {
            case COMPLETED -> throw FORM_COMPLETED.reject(formId);
            case WITHDRAWN -> throw FORM_WITHDRAWN.reject(formId);
            case ENDED -> throw ADJUSTMENT_ENDED.reject(formId);
            default -> {
                // open
            }
        }
    }

    /** Dispatched and not yet accepted by CSSC (Art. 34). */
    static void requireDispatched(String formId, Status status) {
        requireOpen(formId, status);
        if (status != Status.DISPATCHED) {
            throw FORM_ALREADY_ACCEPTED.reject(formId);
        }
    }

    /** Accepted by CSSC (Art. 34, 36–37). */
    static void requireAccepted(String formId, Status status) {
        requireOpen(formId, status);
        if (status == Status.DISPATCHED) {
            throw FORM_NOT_ACCEPTED.reject(formId);
        }
    }
}
