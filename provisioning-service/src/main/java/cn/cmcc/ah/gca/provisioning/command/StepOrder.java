package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.provisioning.command.DemandForm.Status;

import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.ACTIVATION_ALREADY_COMPLETE;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.ACTIVATION_NOT_COMPLETE;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.CONSTRUCTION_BLOCKED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.DEMAND_ALREADY_ACCEPTED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.DEMAND_ARCHIVED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.DEMAND_CANCELLED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.DEMAND_NOT_ACCEPTED;

/**
 * Art. 17–23: which steps a form 2 takes where it stands. Nothing after its cancellation (Art. 22) or archive (Art.
 * 23); CSSC's acceptance once; points, work orders and blocks between the acceptance and the activation, and no
 * construction step while a block is unresolved; status changes, reply and form 4 after the activation.
 */
final class StepOrder {

    private StepOrder() {
    }

    static void requireOpen(String formId, Status status) {
        if (status == Status.CANCELLED) {
            throw DEMAND_CANCELLED.reject(formId);
        }
        if (status == Status.ARCHIVED) {
            throw DEMAND_ARCHIVED.reject(formId);
        }
    }

    /** Dispatched and not yet accepted by CSSC (Art. 17). */
    static void requireAwaitingAcceptance(String formId, Status status) {
        requireOpen(formId, status);
        if (status != Status.DISPATCHED) {
            throw DEMAND_ALREADY_ACCEPTED.reject(formId);
        }
    }

    /** Between CSSC's acceptance and the activation (Art. 17–22). */
    static void requireUnderConstruction(String formId, Status status) {
        requireOpen(formId, status);
        if (status == Status.DISPATCHED) {
            throw DEMAND_NOT_ACCEPTED.reject(formId);
        }
        if (status == Status.ACTIVATED) {
            throw ACTIVATION_ALREADY_COMPLETE.reject(formId);
        }
    }

    /** Under construction and no block unresolved (Art. 22). */
    static void requireConstructing(String formId, Status status, Block openBlock) {
        requireUnderConstruction(formId, status);
        requireNotBlocked(formId, openBlock);
    }

    static void requireNotBlocked(String formId, Block openBlock) {
        if (openBlock != null) {
            throw CONSTRUCTION_BLOCKED.reject(formId, openBlock.blockId());
        }
    }

    static void requireActivated(String formId, Status status) {
        requireOpen(formId, status);
        if (status != Status.ACTIVATED) {
            throw ACTIVATION_NOT_COMPLETE.reject(formId);
        }
    }
}
