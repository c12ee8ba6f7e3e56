package cn.cmcc.ah.gca.fault.web;

import cn.cmcc.ah.gca.events.CircuitStatus;
import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.fault.FaultCircuitStopRequested;
import cn.cmcc.ah.gca.events.fault.MaskedContact;
import cn.cmcc.ah.gca.events.fault.ReportChannel;
import cn.cmcc.ah.gca.events.presale.AccessPoint;
import cn.cmcc.ah.gca.events.presale.ProductRef;
import cn.cmcc.ah.gca.fault.command.FaultStep;
import cn.cmcc.ah.gca.fault.command.FaultTicket;
import cn.cmcc.ah.gca.fault.command.TicketState;
import cn.cmcc.ah.gca.fault.query.CircuitView;
import cn.cmcc.ah.gca.fault.query.FaultTicketView;
import cn.cmcc.ah.gca.fault.query.FaultWork;
import cn.cmcc.ah.gca.support.query.HistoryEntry;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What callers see of the fault read models: mapped from the views, so storage details (and the sealed contact) never
 * show. The contact is in clear only in a staff read of one ticket and in its own customer's read; lists and inboxes
 * show it masked. A customer sees what was done and by which department, never who in the operator did it.
 */
final class FaultResources {

    /** Summaries show the symptom up to this many characters; GET the ticket for all of it. */
    private static final int SUMMARY_SYMPTOM = 200;
    /** The history entry of a form 5 stopping the circuit (Art. 33–34). */
    private static final String STOP_NOTICE = FaultCircuitStopRequested.class.getSimpleName();

    private FaultResources() {
    }

    /** What a step answers: the ticket, where it stands and who holds it now; a report also its linked tickets. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TicketStep(String ticketId, FaultTicket.Status status, Department holder, List<String> linkedTicketIds) {

        static TicketStep of(String ticketId, TicketState state) {
            return new TicketStep(ticketId, state.status(), state.holder(), null);
        }
    }

    /** The callback contact: in clear ({@code masked} false) or masked. */
    record Contact(String name, String phone, boolean masked) {

        static Contact masked(MaskedContact contact) {
            return contact == null ? null : new Contact(contact.name(), contact.phone(), true);
        }

        static Contact opened(MaskedContact contact, ContactSeal seal) {
            return seal.open(contact).map(clear -> new Contact(clear.name(), clear.phone(), false))
                    .orElseGet(() -> masked(contact));
        }
    }

    /** One step in the life of a ticket; a customer sees the department, not the person. */
    record Step(Instant at, String event, Department department, String user, Map<String, Object> details) {

        static List<Step> of(List<HistoryEntry> history, boolean withUsers) {
            return history.stream().map(entry -> new Step(entry.at(), entry.event(), entry.department(),
                    withUsers ? entry.user() : "", entry.details())).toList();
        }
    }

    /**
     * A fault ticket (故障工单, Art. 24–31) with everything done to it, the forms 5 that stop its circuit (Art. 33–34)
     * and its full history.
     */
    record Ticket(String ticketId, String circuitId, CustomerRef customer, ReportChannel channel, String symptom,
                  Contact contact, FaultTicket.Status status, Department holder, Instant since, FaultStep nextStep,
                  String nextStepArticle, Department acceptingDepartment, List<String> linkedTicketIds,
                  String reportedBy, Department reportedByDepartment, Instant reportedAt, Department acceptedBy,
                  Instant acceptedAt,
                  String dispatchNote, Instant dispatchedAt, FaultTicketView.Diagnosis diagnosis,
                  List<FaultTicketView.LevelChange> levelChanges, FaultTicketView.Repair repair,
                  FaultTicketView.Clearance clearance, int reopenCount, List<FaultTicketView.Reopening> reopenings,
                  FaultTicketView.Reply reply, List<FaultTicketView.QualityCheck> qualityChecks, Instant archivedAt,
                  List<FaultTicketView.StopRequest> stopRequests, List<Step> history) {

        /**
         * @param laterReports the reports linked to this ticket after it, for {@code linkedTicketIds} both ways
         * @param forStaff     whether the operator's staff read it (users shown)
         */
        static Ticket of(FaultTicketView view, List<String> laterReports, Contact contact, boolean forStaff) {
            Set<String> linked = new LinkedHashSet<>(view.linkedTicketIds);
            linked.addAll(laterReports);
            return new Ticket(view.ticketId, view.circuitId, view.customer, view.channel, view.symptom, contact,
                    view.status, view.holder, view.since, awaited(view).orElse(null),
                    awaited(view).map(FaultStep::article).orElse(null), view.acceptingDepartment,
                    List.copyOf(linked), forStaff ? view.reportedBy : "", view.reportedByDepartment, view.reportedAt,
                    view.acceptedBy, view.acceptedAt, view.dispatchNote, view.dispatchedAt, view.diagnosis,
                    view.levelChanges, view.repair, view.clearance, view.reopenings.size(), view.reopenings,
                    view.reply, view.qualityChecks, view.archivedAt, view.stopRequests,
                    Step.of(view.history, forStaff));
        }
    }

    /** A ticket in a list: where it stands and whose move it is, the contact masked. */
    record TicketSummary(String ticketId, String circuitId, CustomerRef customer, ReportChannel channel,
                         String symptom, Contact contact, FaultTicket.Status status, Department holder,
                         Instant since, FaultStep nextStep, String nextStepArticle, int reopenCount,
                         List<String> linkedTicketIds,
                         Instant reportedAt, Instant archivedAt) {

        static TicketSummary of(FaultTicketView view) {
            return new TicketSummary(view.ticketId, view.circuitId, view.customer, view.channel,
                    shortened(view.symptom), Contact.masked(view.contact), view.status, view.holder, view.since,
                    awaited(view).orElse(null), awaited(view).map(FaultStep::article).orElse(null),
                    view.reopenings.size(), view.linkedTicketIds, view.reportedAt, view.archivedAt);
        }
    }

    /**
     * One ticket in a department's inbox: the step it waits for (with its article), since when, and what the last step
     * said about it (a reason, a note, the quality check's findings).
     */
    record InboxItem(String ticketId, FaultStep nextStep, String article, FaultTicket.Status status,
                     Department holder, String circuitId, CustomerRef customer, ReportChannel channel, String symptom,
                     Contact contact, Instant since, Instant reportedAt, int reopenCount, String note) {

        static InboxItem of(FaultTicketView view) {
            Optional<FaultStep> next = awaited(view);
            return new InboxItem(view.ticketId, next.orElse(null), next.map(FaultStep::article).orElse(""),
                    view.status, view.holder, view.circuitId, view.customer, view.channel, shortened(view.symptom),
                    Contact.masked(view.contact), view.since, view.reportedAt, view.reopenings.size(),
                    lastNote(view));
        }

        private static String lastNote(FaultTicketView view) {
            // a form 5 stopping the circuit is news, not a step: the note stays what the last step said
            HistoryEntry last = null;
            for (int i = view.history.size() - 1; i >= 0 && last == null; i--) {
                if (!STOP_NOTICE.equals(view.history.get(i).event())) {
                    last = view.history.get(i);
                }
            }
            if (last == null) {
                return "";
            }
            Map<String, Object> details = last.details();
            for (String key : List.of("findings", "reason", "note")) {
                Object value = details.get(key);
                if (value != null && !value.toString().isEmpty()) {
                    return value.toString();
                }
            }
            return "";
        }
    }

    /** A circuit as fault-service knows it, and the tickets open on it. */
    record Circuit(String circuitId, CustomerRef customer, ProductRef product, int bandwidthMbps, AccessPoint point,
                   String demandFormId, String confirmationFormId, Instant activatedAt, CircuitStatus status,
                   Instant statusChangedAt, String statusFormId, String statusReason,
                   List<TicketSummary> openTickets) {

        static Circuit of(CircuitView view, List<TicketSummary> openTickets) {
            return new Circuit(view.circuitId, view.customer, view.product, view.bandwidthMbps, view.point,
                    view.demandFormId, view.confirmationFormId, view.activatedAt, view.status, view.statusChangedAt,
                    view.statusFormId, view.statusReason, openTickets);
        }
    }

    /** The step the ticket waits for; none once archived. */
    private static Optional<FaultStep> awaited(FaultTicketView view) {
        return FaultWork.nextStep(view.status);
    }

    private static String shortened(String text) {
        if (text == null || text.codePointCount(0, text.length()) <= SUMMARY_SYMPTOM) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, SUMMARY_SYMPTOM)) + "…";
    }
}
