package cn.cmcc.ah.gca.decommission.web;

import cn.cmcc.ah.gca.decommission.command.FormState;
import cn.cmcc.ah.gca.decommission.command.StopForm;
import cn.cmcc.ah.gca.decommission.lines.KnownCircuit;
import cn.cmcc.ah.gca.decommission.query.CircuitStateView;
import cn.cmcc.ah.gca.decommission.query.StopFormView;
import cn.cmcc.ah.gca.events.CircuitStatus;
import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.decommission.AdjustmentClassification;
import cn.cmcc.ah.gca.events.decommission.AdjustmentLinkKind;
import cn.cmcc.ah.gca.events.decommission.AdjustmentOutcome;
import cn.cmcc.ah.gca.events.decommission.AdjustmentWait;
import cn.cmcc.ah.gca.events.decommission.StopRequestType;
import cn.cmcc.ah.gca.events.presale.AccessPoint;
import cn.cmcc.ah.gca.events.presale.ProductRef;
import cn.cmcc.ah.gca.support.query.HistoryEntry;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What callers see of the form 5 read model: mapped from the views, so storage details never show. A customer sees
 * what was done and by which department, never who in the operator did it.
 */
final class DecommissionResources {

    private DecommissionResources() {
    }

    /** What a step answers: the form, where it stands, whose move it is, what an adjustment waits for. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FormStep(String formId, StopForm.Status status, Department holder, AdjustmentWait waitingFor) {

        static FormStep of(String formId, FormState state) {
            return new FormStep(formId, state.status(), state.holder(), state.waitingFor());
        }
    }

    /** One step in the life of a form; a customer sees the department, not the person. */
    record Step(Instant at, String event, Department department, String user, Map<String, Object> details) {

        static List<Step> of(List<HistoryEntry> history, boolean withUsers) {
            return history.stream().map(entry -> new Step(entry.at(), entry.event(), entry.department(),
                    withUsers ? entry.user() : "", entry.details())).toList();
        }
    }

    /** A form 5 (本地集团客户接入类业务停闭需求单) with everything done to it and its history. */
    record Form(String formId, StopRequestType requestType, String requestTypeLabel, CustomerRef customer,
                List<String> circuitIds, StopForm.Status status, Department holder, Instant since, String reason,
                String requestedDate, List<String> openFaultTicketIds, String openTicketReason, String dispatchedBy,
                Instant dispatchedAt, String acceptanceNote, Instant acceptedAt, List<StopFormView.Release> releases,
                List<StopFormView.LastMile> lastMiles, List<StopFormView.StatusChange> statusChanges,
                String withdrawalReason, Instant closedAt, Adjustment adjustment, List<Step> history) {

        static Form of(StopFormView view, boolean forStaff) {
            return new Form(view.formId, view.requestType, view.requestType.label(), view.customer, view.circuitIds,
                    view.status, view.holder, view.since, view.reason, view.requestedDate, view.openFaultTicketIds,
                    view.openTicketReason, forStaff ? view.dispatchedBy : "", view.dispatchedAt,
                    view.acceptanceNote, view.acceptedAt, view.releases, view.lastMiles, view.statusChanges,
                    view.withdrawalReason, view.closedAt, Adjustment.of(view), Step.of(view.history, forStaff));
        }
    }

    /** An adjustment's own part (Art. 35–37); null for other forms. */
    record Adjustment(String circuitId, boolean stopFirst, String stopFirstReason,
                      AdjustmentClassification classification, Map<AdjustmentLinkKind, String> links,
                      String newCircuitId, String changeFormId, AdjustmentWait waitingFor, Instant waitingSince,
                      boolean stalled, AdjustmentOutcome outcome, String outcomeReason) {

        static Adjustment of(StopFormView view) {
            if (view.requestType != StopRequestType.ADJUSTMENT) {
                return null;
            }
            return new Adjustment(view.circuitIds.get(0), view.stopFirst, view.stopFirstReason, view.classification,
                    view.links, view.newCircuitId, view.changeFormId, view.waitingFor, view.waitingSince,
                    view.stalled, view.outcome, view.outcomeReason);
        }
    }

    /** A form in a list or an inbox: where it stands and whose move it is. */
    record FormSummary(String formId, StopRequestType requestType, CustomerRef customer, List<String> circuitIds,
                       StopForm.Status status, Department holder, Instant since, String reason, Instant dispatchedAt,
                       Instant closedAt, AdjustmentClassification classification, AdjustmentWait waitingFor,
                       Instant waitingSince, boolean stalled) {

        static FormSummary of(StopFormView view) {
            return new FormSummary(view.formId, view.requestType, view.customer, view.circuitIds, view.status,
                    view.holder, view.since, view.reason, view.dispatchedAt, view.closedAt, view.classification,
                    view.waitingFor, view.waitingSince, view.stalled);
        }
    }

    /** A circuit as decommission-service knows it: as activated, its status and the form 5 holding it. */
    record Circuit(String circuitId, CustomerRef customer, ProductRef product, int bandwidthMbps, AccessPoint point,
                   String demandFormId, String confirmationFormId, Instant activatedAt, CircuitStatus status,
                   String statusFormId, Instant statusChangedAt, String openFormId, List<String> formIds) {

        static Circuit of(KnownCircuit known, CircuitStateView state) {
            CircuitStateView current = state == null ? new CircuitStateView() : state;
            return new Circuit(known.circuitId(), known.customer(), known.product(), known.bandwidthMbps(),
                    known.point(), known.demandFormId(), known.confirmationFormId(), known.activatedAt(),
                    current.status, current.statusFormId, current.statusChangedAt, current.openFormId,
                    current.formIds);
        }
    }
}
