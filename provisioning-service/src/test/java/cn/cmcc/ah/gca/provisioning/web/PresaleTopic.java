package cn.cmcc.ah.gca.provisioning.web;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.MetadataKeys;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.events.Topics;
import cn.cmcc.ah.gca.events.presale.AccessPoint;
import cn.cmcc.ah.gca.events.presale.AdjustmentLink;
import cn.cmcc.ah.gca.events.presale.AssessmentOutcome;
import cn.cmcc.ah.gca.events.presale.ConfirmationFormDispatched;
import cn.cmcc.ah.gca.events.presale.ConfirmationFormReceived;
import cn.cmcc.ah.gca.events.presale.ConfirmationFormWithdrawn;
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
import cn.cmcc.ah.gca.events.presale.SegmentAssessment;
import cn.cmcc.ah.gca.support.kafka.CatalogCloudEventConverter;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Presale's events put on {@code gca.presale.events} exactly as presale's Kafka publisher puts them (catalog
 * {@code ce_type}, record key = form id, the form's aggregate sequence, acting department and user as extensions), and
 * re-sent unchanged as a broker or a publisher retry would. Every test context shares the broker and consumes the
 * topic from its start, so each form gets a number of its own ({@link #newFormId()}).
 */
public final class PresaleTopic implements AutoCloseable {

    public static final CustomerRef CUSTOMER = new CustomerRef("5510001234", "合肥某某科技有限公司", ServiceLevel.AA);
    public static final AccessPoint P1 = new AccessPoint("P1", "合肥市蜀山区长江西路689号", "蜀山区");

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final CatalogCloudEventConverter converter = new CatalogCloudEventConverter(
            JacksonSerializer.builder().objectMapper(JSON).build(), new EventUpcasterChain(),
            URI.create("urn:gca:presale-service"));
    private final KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.embedded().kafkaBootstrap()),
            new StringSerializer(), new CloudEventSerializer());
    private static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");

    private final Map<String, Long> sequences = new java.util.concurrent.ConcurrentHashMap<>();

    /** Numbers taken in order from a random start, so that the test classes of one run never share one. */
    private static final AtomicInteger NUMBERS = new AtomicInteger(ThreadLocalRandom.current().nextInt(1, 500_000));

    /** A form 1 number no other test uses. */
    public static String newFormId() {
        return String.format("RC-2026-%06d", NUMBERS.incrementAndGet() % 1_000_000);
    }

    public static ResourceRequest request(CustomerRef customer) {
        return new ResourceRequest(customer, new ProductRef("DIA", "互联网专线", ""), 100, "2026-04-15",
                "李明 13900000000", "王芳 13700000000", "", AdjustmentLink.none());
    }

    /** Publishes the form's next event; returns the message, for {@link #redeliver}. */
    public DomainEventMessage<?> publish(String formId, Object event, Department acting) {
        long sequence = sequences.merge(formId, 0L, (previous, zero) -> previous + 1);
        GenericDomainEventMessage<Object> message = new GenericDomainEventMessage<>("ConfirmationForm", formId,
                sequence, event, MetaData.from(Map.of(
                MetadataKeys.ACTING_DEPARTMENT, acting.name(),
                MetadataKeys.ACTING_USER, acting.name().toLowerCase() + "-user",
                MetadataKeys.CORRELATION_ID, formId)));
        send(message);
        return message;
    }

    /** The same message again: same event id, same aggregate sequence, same data. */
    public void redeliver(DomainEventMessage<?> message) {
        send(message);
    }

    /**
     * A form 1 of one point, every segment available, dispatched, received, replied and negotiated with
     * {@code outcome} (ACCEPTED: the basis of a form 2, Art. 16–17).
     */
    public void negotiatedForm(String formId, CustomerRef customer, NegotiationOutcome outcome) {
        negotiatedForm(formId, customer, outcome, availablePoint());
    }

    /** A form 1 of one point with {@code point}'s confirmed capability, negotiated with {@code outcome}. */
    public void negotiatedForm(String formId, CustomerRef customer, NegotiationOutcome outcome,
                               PointCapability point) {
        ResourceRequest request = repliedForm(formId, customer, point);
        publish(formId, new NegotiationRecorded(formId, outcome,
                outcome == NegotiationOutcome.RENEGOTIATE ? newFormId() : "", "", request, List.of(point),
                solution(), AT.plusSeconds(7200)), Department.GCD);
    }

    /** A form 1 of one point dispatched, received and replied, not yet negotiated (Art. 15). */
    public ResourceRequest repliedForm(String formId, CustomerRef customer, PointCapability point) {
        ResourceRequest request = request(customer);
        publish(formId, new ConfirmationFormDispatched(formId, request, List.of(P1), "", AT), Department.GCD);
        publish(formId, new ConfirmationFormReceived(formId, customer, 1, AT.plusSeconds(60)), Department.CSSC);
        publish(formId, new ResourceConfirmed(formId, request, List.of(point), solution(),
                counts(point.outcome()), perOutcome(point.outcome()), AT.plusSeconds(60), AT.plusSeconds(3600)),
                Department.CSSC);
        return request;
    }

    /** A form 1 dispatched, then withdrawn by GCD before the reply (Art. 8). */
    public void withdrawnForm(String formId, CustomerRef customer) {
        publish(formId, new ConfirmationFormDispatched(formId, request(customer), List.of(P1), "", AT),
                Department.GCD);
        publish(formId, new ConfirmationFormWithdrawn(formId, "客户取消", AT.plusSeconds(60)), Department.GCD);
    }

    /** Art. 11: P1 available on every segment. */
    public static PointCapability availablePoint() {
        return new PointCapability(P1, AssessmentOutcome.AVAILABLE, true, "", List.of(
                found(Segment.CORE, AssessmentOutcome.AVAILABLE),
                found(Segment.ACCESS_BACKBONE, AssessmentOutcome.AVAILABLE),
                found(Segment.LAST_MILE, AssessmentOutcome.AVAILABLE)), EngineeringAnswer.notReferred());
    }

    /** Art. 12, 19: the core short, ENG approved a build in service by {@code plannedInService}. */
    public static PointCapability coreInsufficientPoint(LocalDate plannedInService) {
        return new PointCapability(P1, AssessmentOutcome.CORE_INSUFFICIENT, true, plannedInService.toString(),
                List.of(found(Segment.CORE, AssessmentOutcome.CORE_INSUFFICIENT),
                        found(Segment.ACCESS_BACKBONE, AssessmentOutcome.AVAILABLE),
                        found(Segment.LAST_MILE, AssessmentOutcome.AVAILABLE)),
                new EngineeringAnswer(true, true, plannedInService.toString(), "已纳入扩容工程"));
    }

    /** Art. 13, 20: the last mile optimisable by {@code readyDate}. */
    public static PointCapability lastMileOptimizablePoint(LocalDate readyDate) {
        return new PointCapability(P1, AssessmentOutcome.LAST_MILE_OPTIMIZABLE, true, readyDate.toString(),
                List.of(found(Segment.CORE, AssessmentOutcome.AVAILABLE),
                        found(Segment.ACCESS_BACKBONE, AssessmentOutcome.AVAILABLE),
                        new SegmentAssessment(Segment.LAST_MILE, AssessmentOutcome.LAST_MILE_OPTIMIZABLE,
                                readyDate.toString(), "需敷设入楼光缆")),
                EngineeringAnswer.notReferred());
    }

    private static SegmentAssessment found(Segment segment, AssessmentOutcome outcome) {
        return new SegmentAssessment(segment, outcome, "", "");
    }

    private static NetworkSolution solution() {
        return new NetworkSolution("单路由接入", List.of(
                new NetworkSolutionLine("P1", Segment.CORE, "合肥蜀山核心 CR01", "CR01 10GE 1/0/1", 100)));
    }

    private static OutcomeCounts counts(AssessmentOutcome outcome) {
        return switch (outcome) {
            case AVAILABLE -> new OutcomeCounts(1, 0, 0, 0, 0);
            case LAST_MILE_OPTIMIZABLE -> new OutcomeCounts(0, 1, 0, 0, 0);
            case CORE_INSUFFICIENT -> new OutcomeCounts(0, 0, 1, 0, 0);
            case BUILD_REQUIRED -> new OutcomeCounts(0, 0, 0, 1, 0);
        };
    }

    private static PointsPerOutcome perOutcome(AssessmentOutcome outcome) {
        return switch (outcome) {
            case AVAILABLE -> new PointsPerOutcome(1, 0, 0, 0, 0);
            case LAST_MILE_OPTIMIZABLE -> new PointsPerOutcome(0, 1, 0, 0, 0);
            case CORE_INSUFFICIENT -> new PointsPerOutcome(0, 0, 1, 0, 0);
            case BUILD_REQUIRED -> new PointsPerOutcome(0, 0, 0, 1, 0);
        };
    }

    private void send(DomainEventMessage<?> message) {
        try {
            producer.send(converter.createKafkaMessage(message, Topics.PRESALE)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
