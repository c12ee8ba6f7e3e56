package cn.cmcc.ah.gca.fault.web;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.Topics;
import cn.cmcc.ah.gca.events.decommission.StopFormDispatched;
import cn.cmcc.ah.gca.events.decommission.StopRequestType;
import cn.cmcc.ah.gca.fault.web.FaultClient.Ticket;
import cn.cmcc.ah.gca.support.test.TopicPartitions;
import cn.cmcc.ah.gca.support.test.TopicPublisher;
import org.axonframework.eventhandling.DomainEventMessage;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * GCD's forms 5 put on {@code gca.decommission.events} as decommission-service puts them: {@code StopFormDispatched},
 * the first event of its form aggregate, keyed by the form number, as GCD's user. Every test context shares the broker
 * and consumes the topic from its start, so each form gets a number of its own ({@link #newFormId()}).
 */
final class StopFormTopic implements AutoCloseable {

    static final String REASON = "客户合同到期，已告知故障单随停闭一并结束";

    /** Numbers taken in order from a random start, so that the test classes of one run never share one. */
    private static final AtomicInteger NUMBERS = new AtomicInteger(ThreadLocalRandom.current().nextInt(1, 900_000));

    private final String kafkaBootstrap;
    private final TopicPublisher decommission;

    StopFormTopic(String kafkaBootstrap) {
        this.kafkaBootstrap = kafkaBootstrap;
        this.decommission = new TopicPublisher(kafkaBootstrap, Topics.DECOMMISSION, "decommission-service",
                "StopForm");
    }

    /** A form number no other test uses. */
    static String newFormId() {
        return String.format("SD-2026-%06d", NUMBERS.incrementAndGet() % 1_000_000);
    }

    /**
     * A new form number whose record goes to the same partition as {@code formId}'s (the producer's partitioner: the
     * key's murmur2 hash), so a consumer takes it after every earlier record of that form: a test that waits for it
     * knows those were taken.
     */
    String newFormIdAfter(String formId) {
        return TopicPartitions.keyAfter(kafkaBootstrap, Topics.DECOMMISSION, formId, StopFormTopic::newFormId);
    }

    /** GCD dispatched form {@code formId} (Art. 33) on the ticket's circuit, naming {@code openTickets}. */
    DomainEventMessage<?> dispatched(String formId, StopRequestType type, Ticket ticket, List<String> openTickets) {
        return decommission.publish(formId, new StopFormDispatched(formId, type, ticket.customer(),
                List.of(ticket.circuitId()), "客户申请", "2026-12-31", openTickets, REASON, Instant.now()),
                Department.GCD);
    }

    /** The same record again, as a broker or a publisher retry would send it. */
    void redeliver(DomainEventMessage<?> message) {
        decommission.redeliver(message);
    }

    @Override
    public void close() {
        decommission.close();
    }
}
