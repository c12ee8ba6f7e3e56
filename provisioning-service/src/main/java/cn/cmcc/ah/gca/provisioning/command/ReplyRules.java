package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.provisioning.CircuitAssignment;
import cn.cmcc.ah.gca.events.provisioning.DemandKind;
import cn.cmcc.ah.gca.events.provisioning.DemandReplied;

import java.util.List;
import java.util.Map;

import static cn.cmcc.ah.gca.provisioning.command.Guards.isBlank;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.DEMAND_ALREADY_REPLIED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.REPLY_FEEDBACK_REQUIRED;

/**
 * Art. 21: the form 2 is replied once, with feedback and its circuits, after every RMU confirmed its status change;
 * Art. 37: a configuration change, which changes no resource status, once the change is complete.
 */
final class ReplyRules {

    private ReplyRules() {
    }

    static DemandReplied replied(String formId, DemandKind kind, boolean alreadyReplied,
                                 Map<String, Boolean> statusChanges, List<CircuitAssignment> circuits,
                                 ReplyDemand command) {
        if (alreadyReplied) {
            throw DEMAND_ALREADY_REPLIED.reject(formId);
        }
        if (kind != DemandKind.CONFIGURATION_CHANGE) {
            StatusChangeRules.requireAllConfirmed(formId, statusChanges);
        }
        if (isBlank(command.feedback())) {
            throw REPLY_FEEDBACK_REQUIRED.reject(formId);
        }
        return new DemandReplied(formId, circuits, command.feedback().strip(), command.at());
    }
}
