package cn.cmcc.ah.gca.fault.command;

import cn.cmcc.ah.gca.events.CircuitStatus;
import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.events.decommission.StopRequestType;
import cn.cmcc.ah.gca.events.fault.MaskedContact;
import cn.cmcc.ah.gca.support.domain.DomainException;
import cn.cmcc.ah.gca.support.domain.DomainException.Kind;
import cn.cmcc.ah.gca.support.domain.Step;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static cn.cmcc.ah.gca.events.Department.CALL_CENTER;
import static cn.cmcc.ah.gca.events.Department.CSSC;
import static cn.cmcc.ah.gca.events.Department.CUSTOMER;
import static cn.cmcc.ah.gca.events.Department.MON;
import static cn.cmcc.ah.gca.events.Department.OMT;
import static cn.cmcc.ah.gca.events.Department.PND;
import static cn.cmcc.ah.gca.support.test.Refusals.forbidden;
import static cn.cmcc.ah.gca.support.test.Refusals.refusedWith;
import static org.hamcrest.CoreMatchers.both;

/**
 * A fault ticket on one circuit of an AA customer, its commands with sensible defaults, the ticket brought up to each
 * stage as given-steps, and the refusal matchers (test data mother). Public so the web layer's tests build the same
 * tickets.
 */
public final class FaultTestData {

    public static final String TICKET = "FT-2026-000123";
    public static final String CIRCUIT = "AH-HF-ZX-000881";
    /** The circuit's customer as provisioning activated it: AA, an important customer by default. */
    public static final CustomerRef CUSTOMER_AA = new CustomerRef("5510001234", "合肥某某科技有限公司", ServiceLevel.AA);
    public static final MaskedContact CONTACT = new MaskedContact("王**", "139****5678", "k1:q83vEjRWeJASNFZ4mrze8A==");
    public static final String SYMPTOM = "专线中断，客户侧光猫LOS灯亮红";
    /** {@code gca.fault.direct-report-levels} as shipped: AAA and AA customers are important (Art. 24). */
    public static final Set<ServiceLevel> IMPORTANT_LEVELS = EnumSet.of(ServiceLevel.AAA, ServiceLevel.AA);

    public static final String NOTE = "客户催修，请优先处理";
    public static final String LOCAL_REASONING = "仅本专线中断，客户侧光猫LOS告警，接入段故障";
    public static final String CORE_REASONING = "同一汇聚环多条专线同时中断，告警指向城域核心路由器";
    public static final String ESCALATION_REASON = "排查后确认为核心网设备故障";
    public static final String PROVINCIAL_REASON = "省干传输链路告警，需省公司网络部处理";
    public static final String HAND_BACK_REASON = "非本层级故障，退回处理";
    public static final String CAUSE = "接入光缆被市政施工挖断";
    public static final String ACTION = "重新熔接光缆，业务恢复";
    public static final String CONFIRMATION_NOTE = "业务已恢复正常";
    public static final String REJECTION_REASON = "业务仍频繁丢包，未恢复";
    public static final String SUMMARY = "光缆中断已熔接修复，客户确认业务恢复";
    public static final String FINDINGS = "回复未写明故障原因和处理时长";
    /** A form 5 (业务停闭需求单) and GCD's reason for stopping the circuit with the ticket open (Art. 33). */
    public static final String STOP_FORM = "SD-2026-000001";
    public static final String STOP_REASON = "客户合同到期，已告知客户故障单随停闭一并结束";

    public static final Instant REPORTED_AT = Instant.parse("2026-11-26T02:00:00Z");
    public static final Instant ACCEPTED_AT = Instant.parse("2026-11-26T02:05:00Z");
    /** Every later step, unless a test says otherwise. */
    public static final Instant AT = Instant.parse("2026-11-26T03:00:00Z");

    private FaultTestData() {
    }

    // --- the circuit as fault-service knows it ---

    public static CircuitOnRecord inService() {
        return new CircuitOnRecord(CIRCUIT, CUSTOMER_AA, CircuitStatus.IN_SERVICE);
    }

    public static CircuitOnRecord inService(ServiceLevel level) {
        return new CircuitOnRecord(CIRCUIT, customer(level), CircuitStatus.IN_SERVICE);
    }

    public static CircuitOnRecord standing(CircuitStatus status) {
        return new CircuitOnRecord(CIRCUIT, CUSTOMER_AA, status);
    }

    /** The circuit's customer with another service level. */
    public static CustomerRef customer(ServiceLevel level) {
        return new CustomerRef(CUSTOMER_AA.groupId(), CUSTOMER_AA.name(), level);
    }

    // --- commands with their default department ---

    /** 10086 reports on the AA customer's circuit in service. */
    public static ReportFault report() {
        return reportBy(CALL_CENTER);
    }

    public static ReportFault reportBy(Department reporting) {
        return reportOn(inService(), reporting);
    }

    public static ReportFault reportOn(CircuitOnRecord circuit, Department reporting) {
        return new ReportFault(TICKET, CIRCUIT, circuit, SYMPTOM, CONTACT, List.of(), IMPORTANT_LEVELS, reporting,
                REPORTED_AT);
    }

    /** The AA customer reports directly to CSSC (Art. 24). */
    public static ReportFault directReport() {
        return reportBy(CUSTOMER);
    }

    public static AcceptFault accept(Department acting) {
        return new AcceptFault(TICKET, acting, ACCEPTED_AT);
    }

    public static DispatchFault dispatch() {
        return new DispatchFault(TICKET, NOTE, MON, AT);
    }

    public static DiagnoseFault diagnose(boolean coreNetwork) {
        return new DiagnoseFault(TICKET, coreNetwork, coreNetwork ? CORE_REASONING : LOCAL_REASONING, CSSC, AT);
    }

    public static EscalateFault escalate(Department acting) {
        return new EscalateFault(TICKET, acting == OMT ? PROVINCIAL_REASON : ESCALATION_REASON, acting, AT);
    }

    public static HandBackFault handBack(Department acting, Department to) {
        return new HandBackFault(TICKET, to, HAND_BACK_REASON, acting, AT);
    }

    public static RepairFault repair(Department acting) {
        return new RepairFault(TICKET, CAUSE, ACTION, acting, AT);
    }

    public static ConfirmClearance confirm(Department acting) {
        return new ConfirmClearance(TICKET, CONFIRMATION_NOTE, acting, AT);
    }

    public static RejectClearance rejectClearance(Department acting) {
        return new RejectClearance(TICKET, REJECTION_REASON, acting, AT);
    }

    public static ReplyFault reply() {
        return new ReplyFault(TICKET, SUMMARY, CSSC, AT);
    }

    public static QualityCheckFault passCheck() {
        return new QualityCheckFault(TICKET, true, "", MON, AT);
    }

    public static QualityCheckFault failCheck() {
        return new QualityCheckFault(TICKET, false, FINDINGS, MON, AT);
    }

    public static ArchiveFault archive() {
        return new ArchiveFault(TICKET, MON, AT);
    }

    /** GCD's form 5 {@link #STOP_FORM} stops ({@code type}) the ticket's circuit, told to the ticket (Art. 33–34). */
    public static NoteCircuitStop circuitStop(StopRequestType type) {
        return circuitStop(STOP_FORM, type);
    }

    public static NoteCircuitStop circuitStop(String formId, StopRequestType type) {
        return new NoteCircuitStop(TICKET, formId, type, List.of("AH-HF-ZX-000882", CIRCUIT), STOP_REASON, AT);
    }

    // --- a ticket up to a stage (given-commands) ---

    /** Reported by 10086 and accepted by MON: waiting for MON's dispatch (Art. 24–25). */
    public static List<Object> accepted() {
        return steps(report(), accept(MON));
    }

    /** Dispatched to CSSC: waiting for its pre-diagnosis (Art. 25–26). */
    public static List<Object> dispatched() {
        return steps(accepted(), dispatch());
    }

    /** Reported directly by the customer and accepted by CSSC: CSSC's to diagnose (Art. 24, 26). */
    public static List<Object> directReportAccepted() {
        return steps(directReport(), accept(CSSC));
    }

    /**
     * Being repaired at {@code level}: CSSC after a diagnosis of not core (Art. 27), OMT after a diagnosis of core
     * (Art. 28), PND after OMT passed it up (Art. 30).
     */
    public static List<Object> heldAt(Department level) {
        return switch (level) {
            case CSSC -> steps(dispatched(), diagnose(false));
            case OMT -> steps(dispatched(), diagnose(true));
            case PND -> steps(heldAt(OMT), escalate(OMT));
            default -> throw new IllegalArgumentException("no fault is repaired at " + level);
        };
    }

    /** Repaired by {@code level} and replied to CSSC (Art. 27, 29, 31). */
    public static List<Object> repairedAt(Department level) {
        return steps(heldAt(level), repair(level));
    }

    /** Repaired by {@code level}, the customer confirmed. */
    public static List<Object> cleared(Department level) {
        return steps(repairedAt(level), confirm(CUSTOMER));
    }

    public static List<Object> replied(Department level) {
        return steps(cleared(level), reply());
    }

    public static List<Object> checked(Department level) {
        return steps(replied(level), passCheck());
    }

    public static List<Object> archived(Department level) {
        return steps(checked(level), archive());
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

    // --- refusals ---

    /** Refused for exactly this rule, of this kind (→ HTTP status), the message naming each of {@code named}. */
    public static Matcher<DomainException> refused(FaultRejection rejection, Kind kind, Object... named) {
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
