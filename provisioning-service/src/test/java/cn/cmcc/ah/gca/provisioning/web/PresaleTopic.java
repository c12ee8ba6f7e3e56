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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;

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
    private final Map<String, Long> sequences = new HashMap<>();

    /** A form 1 number no other test uses. */
    public static String newFormId() {
        return String.format("RC-2026-%06d", ThreadLocalRandom.current().nextInt(1, 1_000_000));
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
        ResourceRequest request = request(customer);
        Instant at = Instant.parse("2026-03-02T01:00:00Z");
        publish(formId, new ConfirmationFormDispatched(formId, request, List.of(P1), "", at), Department.GCD);
        publish(formId, new ConfirmationFormReceived(formId, customer, 1, at.plusSeconds(60)), Department.CSSC);
        List<SegmentAssessment> segments = List.of(
                new SegmentAssessment(Segment.CORE, AssessmentOutcome.AVAILABLE, "", ""),
                new SegmentAssessment(Segment.ACCESS_BACKBONE, AssessmentOutcome.AVAILABLE, "", ""),
                new SegmentAssessment(Segment.LAST_MILE, AssessmentOutcome.AVAILABLE, "", ""));
        List<PointCapability> points = List.of(new PointCapability(P1, AssessmentOutcome.AVAILABLE, true, "",
                segments, EngineeringAnswer.notReferred()));
        NetworkSolution solution = new NetworkSolution("单路由接入", List.of(
                new NetworkSolutionLine("P1", Segment.CORE, "合肥蜀山核心 CR01", "CR01 10GE 1/0/1", 100)));
        publish(formId, new ResourceConfirmed(formId, request, points, solution, new OutcomeCounts(1, 0, 0, 0, 0),
                new PointsPerOutcome(1, 0, 0, 0, 0), at.plusSeconds(60), at.plusSeconds(3600)), Department.CSSC);
        publish(formId, new NegotiationRecorded(formId, outcome, "", "", request, points, solution,
                at.plusSeconds(7200)), Department.GCD);
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
