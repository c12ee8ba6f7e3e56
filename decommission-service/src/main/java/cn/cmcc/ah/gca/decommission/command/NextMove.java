package cn.cmcc.ah.gca.decommission.command;

import cn.cmcc.ah.gca.decommission.command.StopForm.Status;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.decommission.AdjustmentClassification;
import cn.cmcc.ah.gca.events.decommission.AdjustmentWait;
import cn.cmcc.ah.gca.events.decommission.StopRequestType;

/**
 * Whose move a form 5 waits for (Art. 33–37): one statement for the steps' answers and the views' inboxes.
 *
 * @param type               what the form asks for
 * @param status             where it stands
 * @param classification     an adjustment's, once CSSC classified it; null before and for other forms
 * @param releasing          resources are to be released: a permanent stop, or an adjustment whose old circuit's
 *                           stop has started (the new line activated, or stop-first)
 * @param stopDone           an adjustment's old circuit is stopped and its status changes confirmed
 * @param newLineActivated   an adjustment's new line is in service
 * @param confirmationLinked an adjustment's form 1 is known
 */
public record NextMove(StopRequestType type, Status status, AdjustmentClassification classification,
                       boolean releasing, boolean stopDone, boolean newLineActivated, boolean confirmationLinked) {

    /** The department to act next; null when the form is closed or waits for another service only. */
    public Department holder() {
        return switch (status) {
            case DISPATCHED -> Department.CSSC;
            case STATUS_CHANGE -> Department.RMU;
            case COMPLETED, WITHDRAWN, ENDED -> null;
            case ACCEPTED -> type != StopRequestType.ADJUSTMENT || releasing && !stopDone ? Department.CSSC : null;
        };
    }

    /** What an open adjustment waits for from another service; null for other forms or when nothing. */
    public AdjustmentWait waitingFor() {
        if (type != StopRequestType.ADJUSTMENT || status == Status.COMPLETED || status == Status.WITHDRAWN
                || status == Status.ENDED) {
            return null;
        }
        if (classification == AdjustmentClassification.CONFIGURATION_ONLY) {
            return AdjustmentWait.CHANGE_ACCEPTANCE;
        }
        if (newLineActivated) {
            return null;
        }
        return confirmationLinked ? AdjustmentWait.NEW_LINE_ACTIVATION : AdjustmentWait.CONFIRMATION_FORM;
    }

    /**
     * Resources are released for a permanent stop, or for an adjustment stopped first (Art. 4) or whose new line is in
     * service (Art. 36).
     */
    public static boolean releasing(StopRequestType type, boolean stopFirst, boolean newLineActivated) {
        return type == StopRequestType.PERMANENT_STOP
                || type == StopRequestType.ADJUSTMENT && (stopFirst || newLineActivated);
    }
}
