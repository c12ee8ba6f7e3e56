package cn.cmcc.ah.gca.decommission.lines.web;

import cn.cmcc.ah.gca.events.CircuitStatus;
import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.events.Topics;
import cn.cmcc.ah.gca.events.decommission.CircuitFormClosed;
import cn.cmcc.ah.gca.events.decommission.CircuitFormOpened;
import cn.cmcc.ah.gca.events.decommission.CircuitStatusChanged;
import cn.cmcc.ah.gca.events.decommission.ResourceReleased;
import cn.cmcc.ah.gca.events.decommission.StopFormAccepted;
import cn.cmcc.ah.gca.events.decommission.StopFormCompleted;
import cn.cmcc.ah.gca.events.decommission.StopFormDispatched;
import cn.cmcc.ah.gca.events.decommission.StopRequestType;
import cn.cmcc.ah.gca.events.decommission.StopStatusChangeConfirmed;
import cn.cmcc.ah.gca.events.decommission.StopStatusChangeRequested;
import cn.cmcc.ah.gca.events.fault.FaultAccepted;
import cn.cmcc.ah.gca.events.fault.FaultArchived;
import cn.cmcc.ah.gca.events.fault.FaultClearanceConfirmed;
import cn.cmcc.ah.gca.events.fault.FaultDiagnosed;
import cn.cmcc.ah.gca.events.fault.FaultDispatched;
import cn.cmcc.ah.gca.events.fault.FaultQualityChecked;
import cn.cmcc.ah.gca.events.fault.FaultRepaired;
import cn.cmcc.ah.gca.events.fault.FaultReplied;
import cn.cmcc.ah.gca.events.fault.FaultReported;
import cn.cmcc.ah.gca.events.fault.MaskedContact;
import cn.cmcc.ah.gca.events.fault.ReportChannel;
import cn.cmcc.ah.gca.events.presale.AccessPoint;
import cn.cmcc.ah.gca.events.presale.AdjustmentLink;
import cn.cmcc.ah.gca.events.presale.AssessmentOutcome;
import cn.cmcc.ah.gca.events.presale.ConfirmationFormDispatched;
import cn.cmcc.ah.gca.events.presale.ConfirmationFormReceived;
import cn.cmcc.ah.gca.events.presale.EngineeringAnswer;
import cn.cmcc.ah.gca.events.presale.NegotiationOutcome;
import cn.cmcc.ah.gca.events.presale.NegotiationRecorded;
import cn.cmcc.ah.gca.events.presale.NetworkSolution;
import cn.cmcc.ah.gca.events.presale.NetworkSolutionLine;
import cn.cmcc.ah.gca.events.presale.OutcomeCounts;
import cn.cmcc.ah.gca.events.presale.PointCapability;
import cn.cmcc.ah.gca.events.presale.PointsPerOutcome;
import cn.cmcc.ah.gca.events.presale.ProductRef;
import cn.cmcc.ah.gca.events.presale.ResourceConfirmed;
import cn.cmcc.ah.gca.events.presale.ResourceRequest;
import cn.cmcc.ah.gca.events.presale.Segment;
import cn.cmcc.ah.gca.events.presale.SegmentAssessed;
import cn.cmcc.ah.gca.events.presale.SegmentAssessment;
import cn.cmcc.ah.gca.events.provisioning.AcceptanceArchived;
import cn.cmcc.ah.gca.events.provisioning.AcceptanceOrganised;
import cn.cmcc.ah.gca.events.provisioning.AcceptanceSignatureAdded;
import cn.cmcc.ah.gca.events.provisioning.AcceptanceTest;
import cn.cmcc.ah.gca.events.provisioning.ActivationCompleted;
import cn.cmcc.ah.gca.events.provisioning.CircuitActivated;
import cn.cmcc.ah.gca.events.provisioning.CircuitAssignment;
import cn.cmcc.ah.gca.events.provisioning.DemandAccepted;
import cn.cmcc.ah.gca.events.provisioning.DemandDispatched;
import cn.cmcc.ah.gca.events.provisioning.DemandKind;
import cn.cmcc.ah.gca.events.provisioning.DemandPoint;
import cn.cmcc.ah.gca.events.provisioning.DemandReplied;
import cn.cmcc.ah.gca.events.provisioning.ProvisioningPath;
import cn.cmcc.ah.gca.events.provisioning.Signatory;
import cn.cmcc.ah.gca.events.provisioning.StatusChangeConfirmed;
import cn.cmcc.ah.gca.events.provisioning.StatusChangeInfoPassed;
import cn.cmcc.ah.gca.events.provisioning.StatusChangeRequested;
import cn.cmcc.ah.gca.events.provisioning.WorkOrderCompleted;
import cn.cmcc.ah.gca.events.provisioning.WorkOrderIssued;
import cn.cmcc.ah.gca.events.provisioning.WorkOrderType;
import cn.cmcc.ah.gca.events.provisioning.WorkTarget;
import cn.cmcc.ah.gca.events.sla.SlaClockStarted;
import cn.cmcc.ah.gca.events.sla.SlaClockStopped;
import cn.cmcc.ah.gca.support.test.TopicPublisher;
import org.axonframework.eventhandling.DomainEventMessage;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A dedicated line's life put on the topics of the services that live it, exactly as their publishers put them
 * (catalog {@code ce_type}, record key = aggregate id, sequence per aggregate, acting department and user): presale's
 * form 1, provisioning's form 2 and circuits, a fault ticket, sla-monitor's clocks on each, and decommission's form 5
 * with the circuit's own events. Every test context shares the broker and consumes the topics from their start, so each
 * line gets numbers of its own.
 */
final class LineTopics implements AutoCloseable {

    static final CustomerRef AA = new CustomerRef("5510001234", "合肥某某科技有限公司", ServiceLevel.AA);
    static final CustomerRef AAA = new CustomerRef("5510002001", "安徽某某银行股份有限公司", ServiceLevel.AAA);

    private static final Instant START = Instant.parse("2026-03-02T01:00:00Z");
    /** Numbers taken in order from a random start, so that the test classes of one run never share one. */
    private static final AtomicInteger NUMBERS = new AtomicInteger(ThreadLocalRandom.current().nextInt(1, 900_000));
    private static final AccessPoint P1 = new AccessPoint("P1", "合肥市蜀山区长江西路689号", "蜀山区");
    private static final AccessPoint P2 = new AccessPoint("P2", "合肥市包河区徽州大道1号", "包河区");
    private static final ProductRef PRODUCT = new ProductRef("DIA", "互联网专线", "");
    private static final String RMU = "RMU-CORE";

    /**
     * The numbers of one line: a form 1 and a form 2 for two access points, the circuit of each ({@code circuitId} for
     * P1, {@code otherCircuitId} for P2), a fault ticket on each, and a form 5 that stops the first.
     */
    record Line(CustomerRef customer, String formOneId, String formTwoId, String circuitId, String otherCircuitId,
                String ticketId, String otherTicketId, String stopFormId) {
    }

    private final TopicPublisher presale;
    private final TopicPublisher demands;
    private final TopicPublisher circuits;
    private final TopicPublisher tickets;
    private final TopicPublisher clocks;
    private final TopicPublisher stopForms;
    private final TopicPublisher circuitHolds;

    LineTopics(String kafkaBootstrap) {
        presale = new TopicPublisher(kafkaBootstrap, Topics.PRESALE, "presale-service", "ConfirmationForm");
        demands = new TopicPublisher(kafkaBootstrap, Topics.PROVISIONING, "provisioning-service", "Demand");
        circuits = new TopicPublisher(kafkaBootstrap, Topics.PROVISIONING, "provisioning-service", "Circuit");
        tickets = new TopicPublisher(kafkaBootstrap, Topics.FAULT, "fault-service", "FaultTicket");
        clocks = new TopicPublisher(kafkaBootstrap, Topics.SLA, "sla-monitor", "SlaClock");
        stopForms = new TopicPublisher(kafkaBootstrap, Topics.DECOMMISSION, "decommission-service", "StopForm");
        circuitHolds = new TopicPublisher(kafkaBootstrap, Topics.DECOMMISSION, "decommission-service", "Circuit");
    }

    @Override
    public void close() {
        for (TopicPublisher publisher : List.of(presale, demands, circuits, tickets, clocks, stopForms, circuitHolds)) {
            publisher.close();
        }
    }

    private static String number(String prefix) {
        return String.format("%s-2026-%06d", prefix, NUMBERS.incrementAndGet() % 1_000_000);
    }

    /** A new circuit number no other test uses, never activated. */
    static String unknownCircuitId() {
        return number("CL");
    }

    // ---- the whole line

    /** One event of the line: on which publisher, under which key, by whom; sent twice when {@code redelivered}. */
    private record Planned(int order, TopicPublisher publisher, String key, Object event, Department acting,
                           boolean redelivered) {
    }

    /** The events of a line in the order of its life, each a minute after the one before. */
    private final class Plan {

        private final List<Planned> events = new ArrayList<>();
        private Instant at = START;

        Instant next() {
            at = at.plus(Duration.ofMinutes(1));
            return at;
        }

        void add(TopicPublisher publisher, String key, Object event, Department acting) {
            events.add(new Planned(events.size(), publisher, key, event, acting, false));
        }

        /** A record a broker or publisher retry sends again right after the first (same id, sequence and data). */
        void addRedelivered(TopicPublisher publisher, String key, Object event, Department acting) {
            events.add(new Planned(events.size(), publisher, key, event, acting, true));
        }

        void clock(String ruleId, String article, String subjectId, Department responsible, CustomerRef customer,
                   Department acting) {
            Instant started = next();
            String clockId = ruleId + ":" + subjectId;
            add(clocks, clockId, new SlaClockStarted(clockId, ruleId, article, subjectId, customer.groupId(),
                    customer.serviceLevel(), responsible, started, started.plus(Duration.ofHours(20)),
                    started.plus(Duration.ofDays(1)), false, 1L, Department.PND, "1 WD", 1L), acting);
        }

        void clockStopped(String ruleId, String subjectId, Department responsible, Department acting) {
            String clockId = ruleId + ":" + subjectId;
            Instant stopped = next();
            add(clocks, clockId, new SlaClockStopped(clockId, ruleId, subjectId, responsible, stopped,
                    stopped.plus(Duration.ofHours(2)), true, 0), acting);
        }
    }

    /**
     * The whole life of a line of {@code customer}, published topic by topic with its last phase first (the form 5
     * before the circuit is activated, the form 1 last), so nothing rests on the order the topics arrive in. A few
     * records are sent twice, each followed by later records of its aggregate.
     */
    Line aWholeLine(CustomerRef customer) {
        Line line = new Line(customer, number("RC"), number("RD"), number("CL"), number("CL"), number("FT"),
                number("FT"), number("SD"));
        Plan plan = new Plan();
        formOne(plan, line);
        formTwo(plan, line);
        ticket(plan, line, line.ticketId(), line.circuitId());
        ticket(plan, line, line.otherTicketId(), line.otherCircuitId());
        stop(plan, line);
        List<TopicPublisher> lastPhaseFirst = List.of(stopForms, circuitHolds, tickets, clocks, circuits, demands,
                presale);
        plan.events.stream()
                .sorted(Comparator.comparing((Planned planned) -> lastPhaseFirst.indexOf(planned.publisher()))
                        .thenComparing(Planned::order))
                .forEach(planned -> {
                    DomainEventMessage<?> sent = planned.publisher().publish(planned.key(), planned.event(),
                            planned.acting());
                    if (planned.redelivered()) {
                        planned.publisher().redeliver(sent);
                    }
                });
        return line;
    }

    private static ResourceRequest request(CustomerRef customer) {
        return new ResourceRequest(customer, PRODUCT, 100, "2026-04-15", "李经理 13905510000", "王工 13805510000", "",
                AdjustmentLink.none());
    }

    private static SegmentAssessment available(Segment segment) {
        return new SegmentAssessment(segment, AssessmentOutcome.AVAILABLE, "", "现网具备");
    }

    private static PointCapability capability(AccessPoint point) {
        return new PointCapability(point, AssessmentOutcome.AVAILABLE, true, "", List.of(available(Segment.CORE)),
                EngineeringAnswer.notReferred());
    }

    private static NetworkSolution solution() {
        return new NetworkSolution("双点接入，核心 CR01", List.of(
                new NetworkSolutionLine("P1", Segment.CORE, "合肥蜀山核心 CR01", "CR01 10GE 1/0/1", 100),
                new NetworkSolutionLine("P2", Segment.CORE, "合肥包河核心 CR02", "CR02 10GE 1/0/1", 100)));
    }

    /** Art. 8–16: dispatched, received, assessed per point, confirmed, accepted by the customer; its clock. */
    private void formOne(Plan plan, Line line) {
        String form = line.formOneId();
        CustomerRef customer = line.customer();
        plan.addRedelivered(presale, form, new ConfirmationFormDispatched(form, request(customer), List.of(P1, P2), "",
                plan.next()), Department.GCD);
        Instant received = plan.next();
        plan.add(presale, form, new ConfirmationFormReceived(form, customer, 2, received), Department.CSSC);
        plan.clock("presale.confirmation", "Art. 11", form, Department.CSSC, customer, Department.CSSC);
        for (AccessPoint point : List.of(P1, P2)) {
            plan.add(presale, form, new SegmentAssessed(form, point.pointId(), available(Segment.CORE), false,
                    new OutcomeCounts(1, 0, 0, 0, 1), new PointsPerOutcome(1, 0, 0, 0, 1), plan.next()),
                    Department.CSSC);
        }
        plan.add(presale, form, new ResourceConfirmed(form, request(customer), List.of(capability(P1), capability(P2)),
                solution(), new OutcomeCounts(2, 0, 0, 0, 0), new PointsPerOutcome(2, 0, 0, 0, 0), received,
                plan.next()), Department.CSSC);
        plan.clockStopped("presale.confirmation", form, Department.CSSC, Department.CSSC);
        plan.add(presale, form, new NegotiationRecorded(form, NegotiationOutcome.ACCEPTED, "", "客户接受",
                request(customer), List.of(capability(P1), capability(P2)), solution(), plan.next()), Department.GCD);
    }

    /**
     * Art. 17–23: dispatched, accepted, a work order per point, activated (a circuit per point), resource status
     * changed by the RMU, replied, accepted and signed by the customer and the account manager, archived; its clocks.
     */
    private void formTwo(Plan plan, Line line) {
        String form = line.formTwoId();
        CustomerRef customer = line.customer();
        List<DemandPoint> points = List.of(
                new DemandPoint(P1, ProvisioningPath.AVAILABLE, List.of(available(Segment.CORE)), "", ""),
                new DemandPoint(P2, ProvisioningPath.AVAILABLE, List.of(available(Segment.CORE)), "", ""));
        plan.addRedelivered(demands, form, new DemandDispatched(form, DemandKind.ACTIVATION, line.formOneId(),
                request(customer), points, solution(), "", plan.next()), Department.GCD);
        plan.add(demands, form, new DemandAccepted(form, DemandKind.ACTIVATION, customer, "2026-03-20", "核心端口申请",
                "末端施工排期", plan.next()), Department.CSSC);
        plan.clock("provisioning.activation", "decision", form, Department.CSSC, customer, Department.CSSC);
        for (AccessPoint point : List.of(P1, P2)) {
            String workOrder = form + "-W0" + point.pointId().substring(1);
            plan.add(demands, form, new WorkOrderIssued(form, workOrder, WorkOrderType.ACTIVATION, point.pointId(),
                    WorkTarget.LAST_MILE, "接入网施工队", "2026-03-15", "", "", plan.next()), Department.CSSC);
            plan.add(demands, form, new WorkOrderCompleted(form, workOrder, point.pointId(), WorkTarget.LAST_MILE,
                    "2026-03-14", "施工完成", plan.next()), Department.CSSC);
        }
        List<CircuitAssignment> assigned = List.of(new CircuitAssignment("P1", line.circuitId()),
                new CircuitAssignment("P2", line.otherCircuitId()));
        plan.add(demands, form, new ActivationCompleted(form, DemandKind.ACTIVATION, customer, assigned, plan.next()),
                Department.CSSC);
        for (CircuitAssignment circuit : assigned) {
            AccessPoint point = circuit.pointId().equals("P1") ? P1 : P2;
            plan.add(circuits, circuit.circuitId(), new CircuitActivated(circuit.circuitId(), customer, PRODUCT, 100,
                    point, List.of(solution().lines().get(point == P1 ? 0 : 1)), form, line.formOneId(), plan.next()),
                    Department.CSSC);
        }
        plan.clockStopped("provisioning.activation", form, Department.CSSC, Department.CSSC);
        String change = form + "." + RMU;
        plan.add(demands, form, new StatusChangeInfoPassed(form, List.of(RMU), "", plan.next()), Department.CSSC);
        plan.add(demands, form, new StatusChangeRequested(form, RMU, change, customer, plan.next()), Department.CSSC);
        plan.clock("provisioning.status-change", "Art. 21", change, Department.RMU, customer, Department.CSSC);
        plan.add(demands, form, new StatusChangeConfirmed(form, RMU, change, "", plan.next()), Department.RMU);
        plan.clockStopped("provisioning.status-change", change, Department.RMU, Department.RMU);
        plan.add(demands, form, new DemandReplied(form, assigned, "竣工反馈", plan.next()), Department.CSSC);
        plan.add(demands, form, new AcceptanceOrganised(form, "2026-03-18", List.of("客户代表", "客户经理", "客服中心"),
                List.of(new AcceptanceTest("带宽测试", true, "100 Mbit/s")), plan.next()), Department.GCD);
        plan.add(demands, form, new AcceptanceSignatureAdded(form, Signatory.CUSTOMER, "王某某", false, plan.next()),
                Department.CUSTOMER);
        plan.add(demands, form, new AcceptanceSignatureAdded(form, Signatory.ACCOUNT_MANAGER, "李某某", true,
                plan.next()), Department.GCD);
        plan.add(demands, form, new AcceptanceArchived(form, "AA-2026-000001", plan.next()), Department.GCD);
    }

    /** Art. 24–31: reported by 10086, accepted, dispatched, diagnosed, repaired, cleared, replied, archived. */
    private void ticket(Plan plan, Line line, String ticketId, String circuitId) {
        CustomerRef customer = line.customer();
        plan.addRedelivered(tickets, ticketId, new FaultReported(ticketId, circuitId, customer,
                ReportChannel.CALL_CENTER, "专线中断", new MaskedContact("张**", "138****1234", null), Department.MON,
                Department.MON, List.of(), plan.next()), Department.CALL_CENTER);
        plan.clock("fault.acceptance", "Art. 24", ticketId, Department.MON, customer, Department.CALL_CENTER);
        plan.add(tickets, ticketId, new FaultAccepted(ticketId, circuitId, customer, Department.MON, Department.MON,
                plan.next()), Department.MON);
        plan.clockStopped("fault.acceptance", ticketId, Department.MON, Department.MON);
        plan.add(tickets, ticketId, new FaultDispatched(ticketId, circuitId, customer, Department.MON, "",
                Department.CSSC, plan.next()), Department.MON);
        plan.add(tickets, ticketId, new FaultDiagnosed(ticketId, circuitId, customer, false, "末端光猫掉电",
                Department.CSSC, plan.next()), Department.CSSC);
        plan.add(tickets, ticketId, new FaultRepaired(ticketId, circuitId, customer, Department.CSSC, "电源适配器损坏",
                "更换", Department.CSSC, plan.next()), Department.CSSC);
        plan.add(tickets, ticketId, new FaultClearanceConfirmed(ticketId, circuitId, customer, Department.CUSTOMER,
                "已恢复", Department.CSSC, plan.next()), Department.CUSTOMER);
        plan.add(tickets, ticketId, new FaultReplied(ticketId, circuitId, customer, "已修复", Department.MON,
                plan.next()), Department.CSSC);
        plan.add(tickets, ticketId, new FaultQualityChecked(ticketId, circuitId, customer, true, "", Department.MON,
                plan.next()), Department.MON);
        plan.add(tickets, ticketId, new FaultArchived(ticketId, circuitId, customer, Department.MON, Department.MON,
                plan.next()), Department.MON);
    }

    /** Art. 33–34: a permanent stop of the first circuit: accepted, released segment by segment, stopped, done. */
    private void stop(Plan plan, Line line) {
        String form = line.stopFormId();
        String circuit = line.circuitId();
        CustomerRef customer = line.customer();
        StopRequestType stop = StopRequestType.PERMANENT_STOP;
        plan.addRedelivered(stopForms, form, new StopFormDispatched(form, stop, customer, List.of(circuit), "客户搬迁",
                "2026-06-01", List.of(), null, plan.next()), Department.GCD);
        plan.add(circuitHolds, circuit, new CircuitFormOpened(circuit, form, stop, plan.next()), Department.GCD);
        plan.add(stopForms, form, new StopFormAccepted(form, stop, customer, List.of(circuit), "", plan.next()),
                Department.CSSC);
        for (Segment segment : Segment.values()) {
            plan.add(stopForms, form, new ResourceReleased(form, circuit, segment, "", plan.next()), Department.CSSC);
        }
        plan.addRedelivered(circuitHolds, circuit, new CircuitStatusChanged(circuit, CircuitStatus.STOPPED, form,
                "客户搬迁", plan.next()), Department.CSSC);
        plan.add(stopForms, form, new StopStatusChangeRequested(form, List.of(RMU), plan.next()), Department.CSSC);
        plan.add(stopForms, form, new StopStatusChangeConfirmed(form, RMU, "", plan.next()), Department.RMU);
        plan.add(stopForms, form, new StopFormCompleted(form, stop, customer, List.of(circuit), "", "", plan.next()),
                Department.CSSC);
        plan.add(circuitHolds, circuit, new CircuitFormClosed(circuit, form, plan.next()), Department.CSSC);
    }

    // ---- circuits and tickets alone, for what decommission knows of them

    /** A circuit of {@code customer} activated by provisioning (Art. 21); returns its number. */
    String activated(CustomerRef customer) {
        String circuitId = number("CL");
        circuits.publish(circuitId, new CircuitActivated(circuitId, customer, PRODUCT, 100, P1, List.of(),
                number("RD"), number("RC"), Instant.now()), Department.CSSC);
        return circuitId;
    }

    /** 10086 reported a fault on the circuit (Art. 24); returns the message, for a redelivery. */
    DomainEventMessage<?> reported(String ticketId, String circuitId, CustomerRef customer) {
        return tickets.publish(ticketId, new FaultReported(ticketId, circuitId, customer, ReportChannel.CALL_CENTER,
                "专线中断", new MaskedContact("张**", "138****1234", null), Department.MON, Department.MON, List.of(),
                Instant.now()), Department.CALL_CENTER);
    }

    /** MON archived the ticket (Art. 24). */
    void archived(String ticketId, String circuitId, CustomerRef customer) {
        tickets.publish(ticketId, new FaultArchived(ticketId, circuitId, customer, Department.MON, Department.MON,
                Instant.now()), Department.MON);
    }

    void redeliverReport(DomainEventMessage<?> message) {
        tickets.redeliver(message);
    }

    static String newTicketId() {
        return number("FT");
    }
}
