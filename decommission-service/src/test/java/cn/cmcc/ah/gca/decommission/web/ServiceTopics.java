package cn.cmcc.ah.gca.decommission.web;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.events.Topics;
import cn.cmcc.ah.gca.events.fault.FaultArchived;
import cn.cmcc.ah.gca.events.fault.FaultReported;
import cn.cmcc.ah.gca.events.fault.MaskedContact;
import cn.cmcc.ah.gca.events.fault.ReportChannel;
import cn.cmcc.ah.gca.events.presale.AccessPoint;
import cn.cmcc.ah.gca.events.presale.AdjustmentLink;
import cn.cmcc.ah.gca.events.presale.AssessmentOutcome;
import cn.cmcc.ah.gca.events.presale.ConfirmationFormDispatched;
import cn.cmcc.ah.gca.events.presale.ConfirmationFormWithdrawn;
import cn.cmcc.ah.gca.events.presale.EngineeringAnswer;
import cn.cmcc.ah.gca.events.presale.NegotiationOutcome;
import cn.cmcc.ah.gca.events.presale.NegotiationRecorded;
import cn.cmcc.ah.gca.events.presale.NetworkSolution;
import cn.cmcc.ah.gca.events.presale.NetworkSolutionLine;
import cn.cmcc.ah.gca.events.presale.PointCapability;
import cn.cmcc.ah.gca.events.presale.ProductRef;
import cn.cmcc.ah.gca.events.presale.ResourceRequest;
import cn.cmcc.ah.gca.events.presale.Segment;
import cn.cmcc.ah.gca.events.presale.SegmentAssessment;
import cn.cmcc.ah.gca.events.provisioning.AcceptanceArchived;
import cn.cmcc.ah.gca.events.provisioning.CircuitActivated;
import cn.cmcc.ah.gca.events.provisioning.DemandCancelled;
import cn.cmcc.ah.gca.events.provisioning.DemandDispatched;
import cn.cmcc.ah.gca.events.provisioning.DemandKind;
import cn.cmcc.ah.gca.events.provisioning.DemandPoint;
import cn.cmcc.ah.gca.events.provisioning.ProvisioningPath;
import cn.cmcc.ah.gca.support.test.TopicPublisher;
import org.axonframework.eventhandling.DomainEventMessage;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What decommission-service learns from the other services, put on their topics exactly as their publishers put them
 * (catalog {@code ce_type}, record key = aggregate id, sequence counted per aggregate, acting department and user):
 * provisioning's circuits ({@code CircuitActivated}, the first event of its {@code Circuit}), fault-service's tickets
 * ({@code FaultReported}, {@code FaultArchived}), and an adjustment's forms in the other services (Art. 35–37): GCD's
 * form 1 on presale, whose {@code request.adjustment} is {@code AdjustmentLink.of(circuit, <form 5 number>)}, its
 * negotiation or withdrawal, and provisioning's form 2 and new circuit, or its configuration-change form 2 and that
 * form's archived acceptance.
 * <p>
 * Every test context shares the broker and consumes the topics from their start, so every number given out here is
 * one no other test uses.
 */
final class ServiceTopics implements AutoCloseable {

    /** A customer of service level AA. */
    static final CustomerRef AA = new CustomerRef("5510001234", "合肥某某科技有限公司", ServiceLevel.AA);
    /** An important customer (重要集团客户), another group than {@link #AA}. */
    static final CustomerRef AAA = new CustomerRef("5510002001", "安徽某某银行股份有限公司", ServiceLevel.AAA);

    static final AccessPoint POINT = new AccessPoint("P1", "合肥市蜀山区长江西路689号", "蜀山区");
    private static final ProductRef PRODUCT = new ProductRef("DIA", "互联网专线", "");
    private static final NetworkSolution SOLUTION = new NetworkSolution("单点接入，核心 CR01", List.of(
            new NetworkSolutionLine("P1", Segment.CORE, "合肥蜀山核心 CR01", "CR01 10GE 1/0/1", 1000)));
    /** Numbers taken in order from a random start, so that the test classes of one run never share one. */
    private static final AtomicInteger NUMBERS = new AtomicInteger(ThreadLocalRandom.current().nextInt(1, 900_000));

    private final TopicPublisher circuits;
    private final TopicPublisher tickets;
    private final TopicPublisher confirmationForms;
    private final TopicPublisher demands;
    private final Map<String, TopicPublisher> byAggregateType;

    ServiceTopics(String kafkaBootstrap) {
        circuits = new TopicPublisher(kafkaBootstrap, Topics.PROVISIONING, "provisioning-service", "Circuit");
        tickets = new TopicPublisher(kafkaBootstrap, Topics.FAULT, "fault-service", "FaultTicket");
        confirmationForms = new TopicPublisher(kafkaBootstrap, Topics.PRESALE, "presale-service", "ConfirmationForm");
        demands = new TopicPublisher(kafkaBootstrap, Topics.PROVISIONING, "provisioning-service", "Demand");
        byAggregateType = Map.of("Circuit", circuits, "FaultTicket", tickets, "ConfirmationForm", confirmationForms,
                "Demand", demands);
    }

    /** A number of another service's kind no other test uses: {@code CL-2026-…}, {@code RC-2026-…}, {@code FT-…}. */
    static String newNumber(String prefix) {
        return String.format("%s-2026-%06d", prefix, NUMBERS.incrementAndGet() % 1_000_000);
    }

    static String newCircuitId() {
        return newNumber("CL");
    }

    // ---- provisioning's circuits (Art. 21)

    /** A new circuit of {@code customer} activated by provisioning; returns its number. */
    String activated(CustomerRef customer) {
        String circuitId = newCircuitId();
        activate(circuitId, customer, newNumber("RD"), newNumber("RC"));
        return circuitId;
    }

    /** Provisioning activated {@code circuitId} by form 2 {@code demandFormId} on form 1 {@code formOneId}. */
    DomainEventMessage<?> activate(String circuitId, CustomerRef customer, String demandFormId, String formOneId) {
        return circuits.publish(circuitId, new CircuitActivated(circuitId, customer, PRODUCT, 1000, POINT,
                SOLUTION.lines(), demandFormId, formOneId, Instant.now()), Department.CSSC);
    }

    // ---- fault-service's tickets (Art. 24)

    /** 10086 reported a fault on the circuit; returns the ticket number. */
    String reported(String circuitId, CustomerRef customer) {
        String ticketId = newNumber("FT");
        tickets.publish(ticketId, new FaultReported(ticketId, circuitId, customer, ReportChannel.CALL_CENTER,
                "专线中断", new MaskedContact("张**", "138****1234", null), Department.MON, Department.MON,
                List.of(), Instant.now()), Department.CALL_CENTER);
        return ticketId;
    }

    /** MON archived the ticket: it is no longer open. */
    void archived(String ticketId, String circuitId, CustomerRef customer) {
        tickets.publish(ticketId, new FaultArchived(ticketId, circuitId, customer, Department.MON, Department.MON,
                Instant.now()), Department.MON);
    }

    // ---- an adjustment's form 1 on presale (Art. 35, 16, 8)

    private static ResourceRequest request(CustomerRef customer, AdjustmentLink adjustment) {
        return new ResourceRequest(customer, PRODUCT, 1000, "2026-12-20", "李经理 13905510000", "王工 13805510000",
                "100M 提速至 1000M", adjustment);
    }

    /** GCD dispatched form 1 {@code formOneId} for the adjustment {@code formId} of {@code circuitId} (Art. 35). */
    DomainEventMessage<?> formOneDispatched(String formOneId, String circuitId, CustomerRef customer, String formId) {
        return confirmationForms.publish(formOneId, new ConfirmationFormDispatched(formOneId,
                request(customer, AdjustmentLink.of(circuitId, formId)), List.of(POINT), "", Instant.now()),
                Department.GCD);
    }

    /** GCD recorded how the negotiation of the form 1 ended (Art. 16). */
    DomainEventMessage<?> negotiated(String formOneId, NegotiationOutcome outcome, String circuitId,
                                     CustomerRef customer, String formId) {
        return negotiated(formOneId, outcome, "", circuitId, customer, formId);
    }

    /** … with {@code newFormId}, the renegotiation's new form 1 (Art. 16). */
    DomainEventMessage<?> negotiated(String formOneId, NegotiationOutcome outcome, String newFormId, String circuitId,
                                     CustomerRef customer, String formId) {
        return confirmationForms.publish(formOneId, new NegotiationRecorded(formOneId, outcome, newFormId,
                outcome == NegotiationOutcome.DECLINED ? "客户不接受新报价" : "客户接受",
                request(customer, AdjustmentLink.of(circuitId, formId)),
                List.of(new PointCapability(POINT, AssessmentOutcome.AVAILABLE, true, "", List.of(available()),
                        EngineeringAnswer.notReferred())), SOLUTION, Instant.now()), Department.GCD);
    }

    /** GCD withdrew the form 1 before CSSC replied (Art. 8). */
    DomainEventMessage<?> formOneWithdrawn(String formOneId) {
        return confirmationForms.publish(formOneId, new ConfirmationFormWithdrawn(formOneId, "客户取消提速",
                Instant.now()), Department.GCD);
    }

    // ---- an adjustment's form 2 on provisioning (Art. 36, 37)

    private static SegmentAssessment available() {
        return new SegmentAssessment(Segment.CORE, AssessmentOutcome.AVAILABLE, "", "现网具备");
    }

    /**
     * GCD dispatched form 2 {@code formTwoId} of {@code kind} for the adjustment {@code formId}: the new line's on its
     * form 1 (Art. 36), or provisioning's configuration change (Art. 37, no form 1: {@code formOneId} empty).
     */
    DomainEventMessage<?> formTwoDispatched(String formTwoId, DemandKind kind, String formOneId, String circuitId,
                                            CustomerRef customer, String formId) {
        return demands.publish(formTwoId, new DemandDispatched(formTwoId, kind, formOneId,
                request(customer, AdjustmentLink.of(circuitId, formId)),
                List.of(new DemandPoint(POINT, ProvisioningPath.AVAILABLE, List.of(available()), "", "")), SOLUTION,
                "", Instant.now()), Department.GCD);
    }

    /** GCD archived the signed form 4 of the form 2 (Art. 23, 37). */
    DomainEventMessage<?> acceptanceArchived(String formTwoId) {
        return demands.publish(formTwoId, new AcceptanceArchived(formTwoId, newNumber("AA"), Instant.now()),
                Department.GCD);
    }

    /** The form 2 was cancelled by the co-signed record of a blocked construction (Art. 22). */
    DomainEventMessage<?> formTwoCancelled(String formTwoId) {
        return demands.publish(formTwoId, new DemandCancelled(formTwoId, formTwoId + "-B01", "客户取消，协商一致",
                Instant.now()), Department.CSSC);
    }

    /** The same record again, as a broker or a publisher retry would send it: same event id, sequence and data. */
    void redeliver(DomainEventMessage<?> message) {
        byAggregateType.get(message.getType()).redeliver(message);
    }

    @Override
    public void close() {
        for (TopicPublisher publisher : List.of(circuits, tickets, confirmationForms, demands)) {
            publisher.close();
        }
    }
}
