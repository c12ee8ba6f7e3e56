package cn.cmcc.ah.gca.fault.query;

import cn.cmcc.ah.gca.fault.command.FaultStep;
import cn.cmcc.ah.gca.fault.command.FaultTicket;

import java.util.Optional;

/** The step a ticket waits for in each status, taken by the department holding it (Art. 24–31). */
public final class FaultWork {

    private FaultWork() {
    }

    /** The next step of a ticket in {@code status}; none once archived. */
    public static Optional<FaultStep> nextStep(FaultTicket.Status status) {
        return Optional.ofNullable(switch (status) {
            case REPORTED -> FaultStep.ACCEPT_FAULT;
            case ACCEPTED -> FaultStep.DISPATCH_FAULT;
            case DIAGNOSING -> FaultStep.DIAGNOSE_FAULT;
            case REPAIRING -> FaultStep.REPAIR_FAULT;
            case REPAIRED -> FaultStep.ANSWER_CLEARANCE;
            case CLEARED -> FaultStep.REPLY_FAULT;
            case REPLIED -> FaultStep.QUALITY_CHECK_FAULT;
            case CHECKED -> FaultStep.ARCHIVE_FAULT;
            case ARCHIVED -> null;
        });
    }
}
