package cn.cmcc.ah.gca.fault.web;

import cn.cmcc.ah.gca.events.CircuitStatus;
import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.events.Topics;
import cn.cmcc.ah.gca.events.decommission.CircuitStatusChanged;
import cn.cmcc.ah.gca.events.presale.AccessPoint;
import cn.cmcc.ah.gca.events.presale.NetworkSolutionLine;
import cn.cmcc.ah.gca.events.presale.ProductRef;
import cn.cmcc.ah.gca.events.presale.Segment;
import cn.cmcc.ah.gca.events.provisioning.CircuitActivated;
import cn.cmcc.ah.gca.support.test.TopicPublisher;
import org.axonframework.eventhandling.DomainEventMessage;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Circuits put on the topics fault-service learns them from, exactly as their publishers put them: provisioning's
 * {@code CircuitActivated} (the first event of its {@code Circuit} aggregate, keyed by the circuit id) on
 * {@code gca.provisioning.events}, and decommission's {@code CircuitStatusChanged} (events of its aggregate keyed by
 * the circuit id, sequence counted per circuit) on {@code gca.decommission.events}. Every test context shares the
 * broker and consumes the topics from their start, so each circuit gets a number of its own ({@link #newCircuitId()}).
 */
public final class CircuitTopic implements AutoCloseable {

    /** An AA customer: may report directly to CSSC with the default levels. */
    public static final CustomerRef AA_CUSTOMER = new CustomerRef("5510001234", "合肥某某科技有限公司", ServiceLevel.AA);
    /** An AAA customer (重要集团客户). */
    public static final CustomerRef AAA_CUSTOMER = new CustomerRef("5510002001", "安徽某某银行股份有限公司", ServiceLevel.AAA);
    /** An ordinary customer: reports through 10086 or its account manager. */
    public static final CustomerRef STANDARD_CUSTOMER = new CustomerRef("5510003001", "合肥某某商贸有限公司",
            ServiceLevel.STANDARD);
    public static final AccessPoint POINT = new AccessPoint("P1", "合肥市蜀山区长江西路689号", "蜀山区");

    private static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");
    /** Numbers taken in order from a random start, so that the test classes of one run never share one. */
    private static final AtomicInteger NUMBERS = new AtomicInteger(ThreadLocalRandom.current().nextInt(1, 900_000));

    private final TopicPublisher provisioning;
    private final TopicPublisher decommission;

    public CircuitTopic(String kafkaBootstrap) {
        provisioning = new TopicPublisher(kafkaBootstrap, Topics.PROVISIONING, "provisioning-service", "Circuit");
        decommission = new TopicPublisher(kafkaBootstrap, Topics.DECOMMISSION, "decommission-service", "Circuit");
    }

    /** A circuit number no other test uses. */
    public static String newCircuitId() {
        return String.format("CL-2026-%06d", NUMBERS.incrementAndGet() % 1_000_000);
    }

    public static CircuitActivated activation(String circuitId, CustomerRef customer) {
        return new CircuitActivated(circuitId, customer, new ProductRef("DIA", "互联网专线", ""), 100, POINT,
                List.of(new NetworkSolutionLine("P1", Segment.CORE, "合肥蜀山核心 CR01", "CR01 10GE 1/0/1", 100)),
                "RD-2026-" + circuitId.substring(8), "RC-2026-" + circuitId.substring(8), AT);
    }

    /** A new circuit of {@code customer} activated by provisioning (Art. 21); returns its number. */
    public String activated(CustomerRef customer) {
        String circuitId = newCircuitId();
        activate(circuitId, customer);
        return circuitId;
    }

    public DomainEventMessage<?> activate(String circuitId, CustomerRef customer) {
        return provisioning.publish(circuitId, activation(circuitId, customer), Department.CSSC);
    }

    /** decommission changed the circuit's status by a form 5 (Art. 32–34). */
    public DomainEventMessage<?> changed(String circuitId, CircuitStatus status) {
        return decommission.publish(circuitId, new CircuitStatusChanged(circuitId, status,
                "SR-2026-" + circuitId.substring(8), status == CircuitStatus.IN_SERVICE ? "复机" : "客户申请",
                Instant.now()), Department.CSSC);
    }

    /** The same record again, as a broker or a publisher retry would send it. */
    public void redeliverActivation(DomainEventMessage<?> message) {
        provisioning.redeliver(message);
    }

    public void redeliverStatus(DomainEventMessage<?> message) {
        decommission.redeliver(message);
    }

    @Override
    public void close() {
        provisioning.close();
        decommission.close();
    }
}
