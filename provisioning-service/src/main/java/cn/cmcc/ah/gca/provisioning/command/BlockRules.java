package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.provisioning.BlockRecordWritten;

import static cn.cmcc.ah.gca.provisioning.command.Guards.isBlank;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.BLOCK_ACTIVATION_RESULT_REQUIRED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.BLOCK_DECISION_REQUIRED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.BLOCK_HANDLING_REQUIRED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.BLOCK_SIGNATORY_REQUIRED;

/** Art. 22: the written record of a blocked construction says how to proceed, the result, the decision, who signs. */
final class BlockRules {

    private BlockRules() {
    }

    static BlockRecordWritten written(String formId, String blockId, WriteBlockRecord command) {
        if (isBlank(command.agreedHandling())) {
            throw BLOCK_HANDLING_REQUIRED.reject(formId, blockId);
        }
        if (isBlank(command.activationResult())) {
            throw BLOCK_ACTIVATION_RESULT_REQUIRED.reject(formId, blockId);
        }
        if (command.decision() == null) {
            throw BLOCK_DECISION_REQUIRED.reject(formId, blockId);
        }
        return new BlockRecordWritten(formId, blockId, command.agreedHandling().strip(),
                command.activationResult().strip(), command.decision(), signatory(formId, blockId, command.signedBy()),
                command.at());
    }

    static String signatory(String formId, String blockId, String signedBy) {
        if (isBlank(signedBy)) {
            throw BLOCK_SIGNATORY_REQUIRED.reject(formId, blockId);
        }
        return signedBy.strip();
    }
}
