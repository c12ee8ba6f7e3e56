package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.provisioning.BlockRecordCoSigned;
import cn.cmcc.ah.gca.events.provisioning.BlockRecordWritten;
import cn.cmcc.ah.gca.events.provisioning.ConstructionBlocked;
import cn.cmcc.ah.gca.events.provisioning.ConstructionResumed;

import java.util.Set;

import static cn.cmcc.ah.gca.provisioning.command.Guards.isBlank;
import static cn.cmcc.ah.gca.provisioning.command.Guards.orEmpty;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.BLOCK_ACTIVATION_RESULT_REQUIRED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.BLOCK_ALREADY_RESOLVED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.BLOCK_DECISION_REQUIRED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.BLOCK_HANDLING_REQUIRED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.BLOCK_NOT_FOUND;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.BLOCK_REASON_REQUIRED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.BLOCK_RECORD_ALREADY_CO_SIGNED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.BLOCK_RECORD_NOT_CO_SIGNED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.BLOCK_RECORD_NOT_WRITTEN;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.BLOCK_SIGNATORY_REQUIRED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.BLOCK_UNKNOWN_POINT;

/**
 * Art. 22: a blocked construction is recorded with its reason (numbered {@code <form>-Bn}), one at a time; CSSC's
 * written record says how to proceed, the result, the decision, who signs, and may be rewritten until GCD co-signs
 * it; construction resumes only on a co-signed record.
 */
final class BlockRules {

    private BlockRules() {
    }

    /** A new block, on one of the form's points or on the whole form (no point). */
    static ConstructionBlocked recorded(String formId, Set<String> pointIds, int blocksRecorded,
                                        RecordConstructionBlock command) {
        String pointId = orEmpty(command.pointId());
        if (!pointId.isEmpty() && !pointIds.contains(pointId)) {
            throw BLOCK_UNKNOWN_POINT.reject(formId, pointId);
        }
        if (isBlank(command.reason())) {
            throw BLOCK_REASON_REQUIRED.reject(formId);
        }
        return new ConstructionBlocked(formId, formId + "-B" + (blocksRecorded + 1), pointId,
                command.reason().strip(), command.at());
    }

    /** The open block with this id; one the form recorded before is already resolved. */
    static Block unresolved(String formId, Block openBlock, int blocksRecorded, String blockId) {
        if (openBlock != null && openBlock.blockId().equals(blockId)) {
            return openBlock;
        }
        if (blockId != null && blockId.startsWith(formId + "-B")) {
            String number = blockId.substring(formId.length() + 2);
            if (number.matches("[1-9]\\d{0,5}") && Integer.parseInt(number) <= blocksRecorded) {
                throw BLOCK_ALREADY_RESOLVED.reject(formId, blockId);
            }
        }
        throw BLOCK_NOT_FOUND.reject(formId, String.valueOf(blockId));
    }

    static BlockRecordWritten written(String formId, Block block, WriteBlockRecord command) {
        String blockId = block.blockId();
        requireNotCoSigned(formId, block);
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

    /** GCD co-signs CSSC's latest record, once. */
    static BlockRecordCoSigned coSigned(String formId, Block block, CoSignBlockRecord command) {
        requireNotCoSigned(formId, block);
        BlockRecordWritten record = block.record();
        if (record == null) {
            throw BLOCK_RECORD_NOT_WRITTEN.reject(formId, block.blockId());
        }
        String gcdSignatory = signatory(formId, block.blockId(), command.signedBy());
        return new BlockRecordCoSigned(formId, block.blockId(), record.agreedHandling(), record.activationResult(),
                record.decision(), record.csscSignatory(), gcdSignatory, block.blockedAt(), command.at());
    }

    static ConstructionResumed resumed(String formId, Block block, ResumeConstruction command) {
        if (!block.coSigned()) {
            throw BLOCK_RECORD_NOT_CO_SIGNED.reject(formId, block.blockId());
        }
        return new ConstructionResumed(formId, block.blockId(), orEmpty(command.note()), command.at());
    }

    static String signatory(String formId, String blockId, String signedBy) {
        if (isBlank(signedBy)) {
            throw BLOCK_SIGNATORY_REQUIRED.reject(formId, blockId);
        }
        return signedBy.strip();
    }

    private static void requireNotCoSigned(String formId, Block block) {
        if (block.coSigned()) {
            throw BLOCK_RECORD_ALREADY_CO_SIGNED.reject(formId, block.blockId());
        }
    }
}
