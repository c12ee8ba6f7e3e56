package cn.cmcc.ah.gca.decommission.command;

import cn.cmcc.ah.gca.decommission.command.StopForm.Status;
import cn.cmcc.ah.gca.events.decommission.AdjustmentClassification;
import cn.cmcc.ah.gca.events.decommission.AdjustmentOutcome;
import cn.cmcc.ah.gca.events.decommission.StopRequestType;

import static cn.cmcc.ah.gca.decommission.command.DecommissionRejection.STOP_CIRCUITS_REQUIRED;
import static cn.cmcc.ah.gca.decommission.command.DecommissionRejection.STOP_CIRCUIT_UNKNOWN;

/**
 * Art. 35–37: an adjustment is of one circuit provisioning activated; it follows its form 1 and form 2 in the other
 * services while it is open, and ends without completing only while its new line is not in service and it is not a
 * configuration change (whose form 1 is not what carries it out, Art. 37).
 */
final class AdjustmentRules {

    private AdjustmentRules() {
    }

    static String circuit(RequestAdjustment command) {
        if (command.circuitId() == null || command.circuitId().isBlank()) {
            throw STOP_CIRCUITS_REQUIRED.reject();
        }
        if (command.known() == null) {
            throw STOP_CIRCUIT_UNKNOWN.reject(command.circuitId().strip());
        }
        return command.circuitId().strip();
    }

    /** An open adjustment takes news from the other services; anything else ignores it (replays, late events). */
    static boolean takes(StopRequestType type, Status status) {
        return type == StopRequestType.ADJUSTMENT && status != Status.COMPLETED && status != Status.WITHDRAWN
                && status != Status.ENDED;
    }

    /**
     * A configuration change ends only by its own form 2's cancellation (Art. 22, 37); any other adjustment by its form
     * 1 or its new line's form 2, while the new line is not in service.
     */
    static boolean endable(StopRequestType type, Status status, AdjustmentClassification classification,
                           String newCircuitId, AdjustmentOutcome outcome) {
        if (!takes(type, status)) {
            return false;
        }
        boolean change = classification == AdjustmentClassification.CONFIGURATION_ONLY;
        return outcome == AdjustmentOutcome.CHANGE_CANCELLED ? change : !change && newCircuitId.isEmpty();
    }
}
