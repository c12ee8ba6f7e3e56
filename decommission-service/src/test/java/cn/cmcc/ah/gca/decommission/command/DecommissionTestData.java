package cn.cmcc.ah.gca.decommission.command;

import cn.cmcc.ah.gca.decommission.command.StopForm.Status;
import cn.cmcc.ah.gca.events.CircuitStatus;
import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.events.decommission.AdjustmentClassification;
import cn.cmcc.ah.gca.events.decommission.AdjustmentLinkKind;
import cn.cmcc.ah.gca.events.decommission.AdjustmentOutcome;
import cn.cmcc.ah.gca.events.decommission.AdjustmentWait;
import cn.cmcc.ah.gca.events.decommission.CircuitFormClosed;
import cn.cmcc.ah.gca.events.decommission.CircuitFormOpened;
import cn.cmcc.ah.gca.events.decommission.CircuitStatusChanged;
import cn.cmcc.ah.gca.events.decommission.StopRequestType;
import cn.cmcc.ah.gca.events.presale.Segment;
import cn.cmcc.ah.gca.support.domain.DomainException;
import cn.cmcc.ah.gca.support.domain.DomainException.Kind;
import cn.cmcc.ah.gca.support.domain.Step;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static cn.cmcc.ah.gca.events.Department.CSSC;
import static cn.cmcc.ah.gca.events.Department.GCD;
import static cn.cmcc.ah.gca.events.Department.RMU;
import static cn.cmcc.ah.gca.support.test.Refusals.forbidden;
import static cn.cmcc.ah.gca.support.test.Refusals.refusedWith;
import static org.hamcrest.CoreMatchers.both;

/**
 * Forms 5 on the circuits of one AA customer, their commands with sensible defaults, the form brought up to each stage
 * as given-steps, the circuits' earlier histories, and the refusal matchers (test data mother). Public so that the
 * web layer's tests build the same forms.
 */
public final class DecommissionTestData {

    /** A form 5 for a permanent stop, a suspension or a resume. */
    public static final String FORM = "SD-2026-000001";
    /** A form 5 flagged as an adjustment (Art. 35); its number is the adjustment id its form 1 quotes. */
    public static final String ADJUSTMENT_FORM = "SD-2026-000002";
    /** A form 5 done with before the test: it suspended or stopped a circuit and let it go. */
    public static final String EARLIER_FORM = "SD-2026-000000";
    /** Another form 5, still open, that holds a circuit. */
    public static final String OTHER_FORM = "SD-2026-000009";

    public static final String CIRCUIT = "AH-HF-ZX-000881";
    public static final String SECOND_CIRCUIT = "AH-HF-ZX-000882";
    /** Activated by provisioning for another group customer. */
    public static final String OTHER_CUSTOMERS_CIRCUIT = "AH-WH-ZX-000317";
    /** A circuit id provisioning never activated. */
    public static final String UNKNOWN_CIRCUIT = "AH-HF-ZX-999999";
    /** The adjustment's new line (Art. 36). */
    public static final String NEW_CIRCUIT = "AH-HF-ZX-000990";

    /** The form 1 GCD dispatched to presale with the adjustment (Art. 35). */
    public static final String CONFIRMATION_FORM = "RC-2026-000123";
    /** The new line's form 2 (Art. 36). */
    public static final String NEW_LINE_DEMAND = "RD-2026-000123";
    /** provisioning's configuration-change form 2 (Art. 37). */
    public static final String CHANGE_DEMAND = "RD-2026-000456";

    public static final CustomerRef CUSTOMER = new CustomerRef("5510001234", "合肥某某科技有限公司", ServiceLevel.AA);
    public static final CustomerRef OTHER_CUSTOMER = new CustomerRef("5530004321", "芜湖某某物流有限公司", ServiceLevel.A);

    public static final String REASON = "客户搬迁，原址专线不再使用";
    public static final String REQUESTED_DATE = "2026-12-15";
    public static final String TICKET = "FT-2026-000123";
    public static final String SECOND_TICKET = "FT-2026-000124";
    public static final String TICKET_REASON = "客户确认线路不再使用，故障无需再处理";
    public static final String NOTE = "已与客户确认停闭时间";
    public static final String RELEASE_NOTE = "已拆除端口并回收资源";
    public static final String WITHDRAWAL_REASON = "客户决定继续使用该专线";
    public static final String ADJUSTMENT_REASON = "带宽由100M提升至500M，需更换接入设备";
    public static final String STOP_FIRST_REASON = "新线路须复用原机房端口，须先拆除原线路";
    public static final String DECLINED_NOTE = "客户放弃提速";

    /** The resource management units configured ({@code gca.decommission.resource-units}, as shipped). */
    public static final String CORE_UNIT = "RMU-CORE";
    public static final String TRANSPORT_UNIT = "RMU-TRANSPORT";
    public static final String ACCESS_UNIT = "RMU-ACCESS";
    public static final Set<String> UNITS = Set.of(CORE_UNIT, TRANSPORT_UNIT, ACCESS_UNIT);

    public static final Instant EARLIER = Instant.parse("2026-06-01T02:00:00Z");
    public static final Instant DISPATCHED_AT = Instant.parse("2026-12-01T01:00:00Z");
    public static final Instant ACCEPTED_AT = Instant.parse("2026-12-01T03:00:00Z");
    /** Every later step, unless a test says otherwise. */
    public static final Instant AT = Instant.parse("2026-12-02T02:00:00Z");

    private DecommissionTestData() {
    }

    // --- the circuits as decommission-service knows them from provisioning ---

    /** The circuits provisioning activated, among those named. */
    public static Map<String, CircuitOnRecord> known(String... circuitIds) {
        Map<String, CircuitOnRecord> known = new LinkedHashMap<>();
        for (String circuitId : circuitIds) {
            knownCircuit(circuitId).ifPresent(circuit -> known.put(circuitId, circuit));
        }
        return known;
    }

    public static Optional<CircuitOnRecord> knownCircuit(String circuitId) {
        CustomerRef customer = switch (circuitId) {
            case CIRCUIT, SECOND_CIRCUIT -> CUSTOMER;
            case OTHER_CUSTOMERS_CIRCUIT -> OTHER_CUSTOMER;
            default -> null;
        };
        return Optional.ofNullable(customer).map(owner -> new CircuitOnRecord(circuitId, owner));
    }

    // --- dispatch (Art. 33) ---

    /** GCD dispatches a form 5 of {@code type} on the circuits, with every default. */
    public static DispatchStopForm dispatch(StopRequestType type, String... circuitIds) {
        return aStopForm(type, circuitIds).dispatch();
    }

    public static StopFormDispatch aStopForm(StopRequestType type, String... circuitIds) {
        return new StopFormDispatch(type, Arrays.asList(circuitIds));
    }

    /** A form 5 being filled in: {@code aStopForm(PERMANENT_STOP, CIRCUIT).withOpenTickets(CIRCUIT, TICKET)}. */
    public static final class StopFormDispatch {

        private final StopRequestType type;
        private final List<String> circuitIds;
        private String formId = FORM;
        private final Map<String, List<String>> openTickets = new LinkedHashMap<>();
        private String reason = REASON;
        private String requestedDate = REQUESTED_DATE;
        private String ticketReason;
        private Department department = GCD;

        private StopFormDispatch(StopRequestType type, List<String> circuitIds) {
            this.type = type;
            this.circuitIds = circuitIds;
        }

        /** Another form 5 than {@link #FORM}. */
        public StopFormDispatch numbered(String formId) {
            this.formId = formId;
            return this;
        }

        public StopFormDispatch withOpenTickets(String circuitId, String... tickets) {
            openTickets.put(circuitId, List.of(tickets));
            return this;
        }

        public StopFormDispatch stoppedEvenSoBecause(String reason) {
            this.ticketReason = reason;
            return this;
        }

        public StopFormDispatch because(String reason) {
            this.reason = reason;
            return this;
        }

        public StopFormDispatch requestedFor(String date) {
            this.requestedDate = date;
            return this;
        }

        public StopFormDispatch by(Department department) {
            this.department = department;
            return this;
        }

        public DispatchStopForm dispatch() {
            return new DispatchStopForm(formId, type, circuitIds, known(circuitIds.toArray(String[]::new)),
                    Map.copyOf(openTickets), reason, requestedDate, ticketReason, department, DISPATCHED_AT);
        }
    }

    // --- CSSC's steps (Art. 34) ---

    public static AcceptStopForm accept() {
        return acceptBy(CSSC);
    }

    public static AcceptStopForm acceptBy(Department acting) {
        return new AcceptStopForm(FORM, null, NOTE, acting, ACCEPTED_AT);
    }

    public static ReleaseResource release(String circuitId, Segment segment) {
        return new ReleaseResource(FORM, circuitId, segment, RELEASE_NOTE, CSSC, AT);
    }

    /** Core, access backbone and last mile of the circuit, in that order. */
    public static List<Object> releaseEndToEnd(String circuitId) {
        return steps(release(circuitId, Segment.CORE), release(circuitId, Segment.ACCESS_BACKBONE),
                release(circuitId, Segment.LAST_MILE));
    }

    public static RequestStatusChange requestStatusChange(String... units) {
        return new RequestStatusChange(FORM, List.of(units), UNITS, CSSC, AT);
    }

    /** The unit confirms with its own token. */
    public static ConfirmStatusChange confirmStatusChange(String unit) {
        return new ConfirmStatusChange(FORM, unit, NOTE, Optional.of(unit), RMU, AT);
    }

    public static SuspendLastMile suspend(String circuitId) {
        return new SuspendLastMile(FORM, circuitId, NOTE, CSSC, AT);
    }

    public static RestoreLastMile restore(String circuitId) {
        return new RestoreLastMile(FORM, circuitId, NOTE, CSSC, AT);
    }

    public static WithdrawStopForm withdraw() {
        return new WithdrawStopForm(FORM, WITHDRAWAL_REASON, GCD, AT);
    }

    // --- a form 5 up to a stage (given-commands) ---

    public static List<Object> dispatched(StopRequestType type, String... circuitIds) {
        return steps(dispatch(type, circuitIds));
    }

    public static List<Object> accepted(StopRequestType type, String... circuitIds) {
        return steps(dispatched(type, circuitIds), accept());
    }

    /** A permanent stop of the customer's two circuits, accepted by CSSC: nothing released yet. */
    public static List<Object> permanentStopAccepted() {
        return accepted(StopRequestType.PERMANENT_STOP, CIRCUIT, SECOND_CIRCUIT);
    }

    /** Both circuits released end to end: both stopped. */
    public static List<Object> allReleased() {
        return steps(permanentStopAccepted(), releaseEndToEnd(CIRCUIT), releaseEndToEnd(SECOND_CIRCUIT));
    }

    /** The core and the access units told to change the released resources' status. */
    public static List<Object> statusChangeRequested() {
        return steps(allReleased(), requestStatusChange(CORE_UNIT, ACCESS_UNIT));
    }

    public static List<Object> permanentStopCompleted() {
        return steps(statusChangeRequested(), confirmStatusChange(CORE_UNIT), confirmStatusChange(ACCESS_UNIT));
    }

    // --- adjustments (Art. 35–37) ---

    /** New first (Art. 32, 36), as by default. */
    public static RequestAdjustment requestAdjustment() {
        return new RequestAdjustment(ADJUSTMENT_FORM, CIRCUIT, knownCircuit(CIRCUIT).orElseThrow(), ADJUSTMENT_REASON,
                REQUESTED_DATE, false, null, GCD, DISPATCHED_AT);
    }

    /** Stop first, as GCD may ask with a reason (Art. 4). */
    public static RequestAdjustment requestStopFirstAdjustment() {
        return new RequestAdjustment(ADJUSTMENT_FORM, CIRCUIT, knownCircuit(CIRCUIT).orElseThrow(), ADJUSTMENT_REASON,
                REQUESTED_DATE, true, STOP_FIRST_REASON, GCD, DISPATCHED_AT);
    }

    public static AcceptStopForm classify(AdjustmentClassification classification) {
        return new AcceptStopForm(ADJUSTMENT_FORM, classification, NOTE, CSSC, ACCEPTED_AT);
    }

    public static LinkAdjustment link(AdjustmentLinkKind link, String linkedFormId) {
        return new LinkAdjustment(ADJUSTMENT_FORM, link, linkedFormId, AT);
    }

    public static RecordNewLineActivated newLineActivated() {
        return new RecordNewLineActivated(ADJUSTMENT_FORM, NEW_CIRCUIT, NEW_LINE_DEMAND, AT);
    }

    public static EndAdjustment endAdjustment(AdjustmentOutcome outcome, String linkedFormId) {
        return new EndAdjustment(ADJUSTMENT_FORM, outcome, linkedFormId, DECLINED_NOTE, AT);
    }

    public static CompleteConfigurationChange completeConfigurationChange() {
        return new CompleteConfigurationChange(ADJUSTMENT_FORM, CHANGE_DEMAND, AT);
    }

    public static FlagAdjustmentStalled flagStalled(AdjustmentWait wait, Instant since) {
        return new FlagAdjustmentStalled(ADJUSTMENT_FORM, wait, since, AT);
    }

    /** CSSC releases a segment of the old circuit (Art. 36: 再对原有资源执行永久停闭流程). */
    public static ReleaseResource releaseOld(Segment segment) {
        return new ReleaseResource(ADJUSTMENT_FORM, CIRCUIT, segment, RELEASE_NOTE, CSSC, AT);
    }

    public static List<Object> releaseOldEndToEnd() {
        return steps(releaseOld(Segment.CORE), releaseOld(Segment.ACCESS_BACKBONE), releaseOld(Segment.LAST_MILE));
    }

    public static RequestStatusChange requestOldStatusChange() {
        return new RequestStatusChange(ADJUSTMENT_FORM, List.of(CORE_UNIT, ACCESS_UNIT), UNITS, CSSC, AT);
    }

    public static ConfirmStatusChange confirmOldStatusChange(String unit) {
        return new ConfirmStatusChange(ADJUSTMENT_FORM, unit, NOTE, Optional.of(unit), RMU, AT);
    }

    /** The old circuit released end to end and both units' status changes confirmed. */
    public static List<Object> oldCircuitStopped() {
        return steps(releaseOldEndToEnd(), requestOldStatusChange(), confirmOldStatusChange(CORE_UNIT),
                confirmOldStatusChange(ACCESS_UNIT));
    }

    /** A re-allocation CSSC accepted, new first: waiting for its form 1 (Art. 35–36). */
    public static List<Object> reAllocationAccepted() {
        return steps(requestAdjustment(), classify(AdjustmentClassification.RE_ALLOCATION));
    }

    /** ... its form 1 known: waiting for the new line (Art. 36). */
    public static List<Object> reAllocationLinked() {
        return steps(reAllocationAccepted(), link(AdjustmentLinkKind.CONFIRMATION_FORM, CONFIRMATION_FORM));
    }

    /** ... the new line in service: the old circuit's permanent stop under way (Art. 36). */
    public static List<Object> newLineInService() {
        return steps(reAllocationLinked(), link(AdjustmentLinkKind.NEW_LINE_DEMAND, NEW_LINE_DEMAND),
                newLineActivated());
    }

    /** A stop-first re-allocation CSSC accepted (Art. 4). */
    public static List<Object> stopFirstAccepted() {
        return steps(requestStopFirstAdjustment(), classify(AdjustmentClassification.RE_ALLOCATION));
    }

    /** A configuration change CSSC accepted, provisioning's form 2 known (Art. 37). */
    public static List<Object> configurationChangeLinked() {
        return steps(requestAdjustment(), classify(AdjustmentClassification.CONFIGURATION_ONLY),
                link(AdjustmentLinkKind.CHANGE_DEMAND, CHANGE_DEMAND));
    }

    /** Given-steps: commands and lists of commands, flattened in order. */
    public static List<Object> steps(Object... commandsOrLists) {
        List<Object> steps = new ArrayList<>();
        for (Object step : commandsOrLists) {
            if (step instanceof List<?> list) {
                steps.addAll(list);
            } else {
                steps.add(step);
            }
        }
        return steps;
    }

    // --- a circuit's own events (CircuitLine) ---

    public static CircuitFormOpened opened(String circuitId, String formId, StopRequestType type, Instant at) {
        return new CircuitFormOpened(circuitId, formId, type, at);
    }

    public static CircuitStatusChanged changed(String circuitId, CircuitStatus status, String formId,
                                               StopRequestType type, Instant at) {
        return new CircuitStatusChanged(circuitId, status, formId, type.label() + " " + formId, at);
    }

    public static CircuitFormClosed closed(String circuitId, String formId, Instant at) {
        return new CircuitFormClosed(circuitId, formId, at);
    }

    /** An earlier form 5 suspended the circuit and is done with it. */
    public static List<Object> suspendedEarlier(String circuitId) {
        return List.of(opened(circuitId, EARLIER_FORM, StopRequestType.SUSPENSION, EARLIER),
                changed(circuitId, CircuitStatus.SUSPENDED, EARLIER_FORM, StopRequestType.SUSPENSION, EARLIER),
                closed(circuitId, EARLIER_FORM, EARLIER));
    }

    /** An earlier form 5 stopped the circuit for good. */
    public static List<Object> stoppedEarlier(String circuitId) {
        return List.of(opened(circuitId, EARLIER_FORM, StopRequestType.PERMANENT_STOP, EARLIER),
                changed(circuitId, CircuitStatus.STOPPED, EARLIER_FORM, StopRequestType.PERMANENT_STOP, EARLIER),
                closed(circuitId, EARLIER_FORM, EARLIER));
    }

    /** Another form 5, still open, holds the circuit. */
    public static List<Object> heldByAnotherForm(String circuitId) {
        return List.of(opened(circuitId, OTHER_FORM, StopRequestType.SUSPENSION, EARLIER));
    }

    // --- where the form stands after a step ---

    public static FormState standing(Status status, Department holder, AdjustmentWait waitingFor) {
        return new FormState(status, holder, waitingFor);
    }

    // --- refusals ---

    /** Refused for exactly this rule, of this kind (→ HTTP status), the message naming each of {@code named}. */
    public static Matcher<DomainException> refused(DecommissionRejection rejection, Kind kind, Object... named) {
        return both(refusedWith(rejection, named)).and(ofKind(kind));
    }

    /** Refused because the source gives the step to other departments (403). */
    public static Matcher<DomainException> notAllowed(Step step, Department actual) {
        return both(forbidden(step, actual)).and(ofKind(Kind.FORBIDDEN));
    }

    private static Matcher<DomainException> ofKind(Kind kind) {
        return new TypeSafeMatcher<>(DomainException.class) {
            @Override
            protected boolean matchesSafely(DomainException e) {
                return e.kind() == kind;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("of kind ").appendValue(kind);
            }

            @Override
            protected void describeMismatchSafely(DomainException e, Description description) {
                description.appendText("was of kind ").appendValue(e.kind());
            }
        };
    }
}
