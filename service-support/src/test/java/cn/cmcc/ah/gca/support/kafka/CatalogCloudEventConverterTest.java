package cn.cmcc.ah.gca.support.kafka;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.EventCatalog;
import cn.cmcc.ah.gca.events.MetadataKeys;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.events.Topics;
import cn.cmcc.ah.gca.events.presale.TemplateDraftSubmitted;
import cn.cmcc.ah.gca.events.sla.SlaClockStarted;
import cn.cmcc.ah.gca.events.upcasting.ContractUpcasters;
import cn.cmcc.ah.gca.events.upcasting.UnknownConstantException;
import cn.cmcc.ah.gca.support.test.OlderRevisions;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The converter on the consuming side of a topic that still holds records from before a revision bump: they read
 * as the current event, and one that cannot be upcast stops the read rather than vanish.
 */
class CatalogCloudEventConverterTest {

    /** As the services' event serializer is configured (gca-defaults.yml). */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();
    private static final Instant REPORTED = Instant.parse("2026-03-02T01:12:37.482Z");
    /** An event whose revision 1 differs from the current one by a typed constant (submittedBy). */
    private static final TemplateDraftSubmitted REPORT = new TemplateDraftSubmitted("TP-2026-000123", 1,
            "互联网专线双路由方案", "双上联核心CR01/CR02", Department.CSSC, REPORTED);
    private static final SlaClockStarted CLOCK = new SlaClockStarted("fault.acceptance:FT-2026-000123",
            "fault.acceptance", "decision", "FT-2026-000123", "5510001234", ServiceLevel.AA, Department.MON, REPORTED,
            REPORTED.plusSeconds(720), REPORTED.plusSeconds(900), false, null, null, null, null); // none before v3

    private static final Serializer SERIALIZER = JacksonSerializer.builder().objectMapper(JSON).build();

    private final CatalogCloudEventConverter converter = new CatalogCloudEventConverter(SERIALIZER,
            ContractUpcasters.chain(),
            URI.create("urn:gca:fault-service"));

    @Test
    void aV1RecordPublishedBeforeTheBumpReadsAsTheCurrentEventWithItsMetadata() {
        EventMessage<?> read = converter.readKafkaMessage(v1Record(REPORT, "SolutionTemplate", json -> {
        }, true)).orElseThrow();

        assertThat(read.getPayload()).isEqualTo(REPORT);
        assertThat(((DomainEventMessage<?>) read).getAggregateIdentifier()).isEqualTo("TP-2026-000123");
        assertThat(read.getMetaData()).containsEntry(MetadataKeys.ACTING_DEPARTMENT, "CALL_CENTER");
    }

    /** {@code ce_type} names the revision; a producer that set only that is read the same way. */
    @Test
    void aV1RecordWithoutTheRevisionHeaderIsUpcastByItsType() {
        EventMessage<?> read = converter.readKafkaMessage(v1Record(REPORT, "SolutionTemplate", json -> {
        }, false)).orElseThrow();

        assertThat(read.getPayload()).isEqualTo(REPORT);
    }

    @Test
    void aV1ClockWithAnEmptyServiceLevelReadsAsAClockWithoutOne() {
        EventMessage<?> read = converter.readKafkaMessage(v1Record(CLOCK, "SlaClock",
                json -> json.put("serviceLevel", ""), true)).orElseThrow();

        assertThat(((SlaClockStarted) read.getPayload()).serviceLevel()).isNull();
        assertThat(((SlaClockStarted) read.getPayload()).responsibleDepartment()).isEqualTo(Department.MON);
    }

    /** Axon's converter alone would log this at trace level and return nothing: the consumer would skip the record. */
    @Test
    void aV1RecordWhoseDepartmentNamesNoConstantFailsTheReadInsteadOfBeingSkipped() {
        ConsumerRecord<String, CloudEvent> record = v1Record(REPORT, "SolutionTemplate",
                json -> json.put("submittedBy", "监控中心"), true);

        assertThatThrownBy(() -> converter.readKafkaMessage(record))
                .isInstanceOfSatisfying(UnknownConstantException.class, unknown -> {
                    assertThat(unknown.field()).isEqualTo("submittedBy");
                    assertThat(unknown.value()).isEqualTo("监控中心");
                })
                .hasMessageContaining("aggregate TP-2026-000123");
    }

    @Test
    void aCurrentEventIsPublishedAsV2AndReadBackUnchanged() {
        ProducerRecord<String, CloudEvent> published = converter.createKafkaMessage(new GenericDomainEventMessage<>(
                "SolutionTemplate", REPORT.templateId(), 0, REPORT, MetaData.with(MetadataKeys.ACTING_DEPARTMENT,
                "CALL_CENTER")), Topics.PRESALE);

        EventMessage<?> read = converter.readKafkaMessage(new ConsumerRecord<>(Topics.PRESALE, 0, 0L,
                published.key(), published.value())).orElseThrow();

        assertThat(published.value().getType()).isEqualTo("gca.presale.TemplateDraftSubmitted.v2");
        assertThat(published.value().getExtension("axonmessagerevision")).isEqualTo("2");
        assertThat(read.getPayload()).isEqualTo(REPORT);
    }

    /**
     * Through the wire as the services' producers and consumers carry it (binary mode: the extensions are record
     * headers, read back as text), an event keeps its aggregate sequence: a consumer that applies only newer
     * sequences per aggregate depends on it.
     */
    @Test
    void anEventReadFromTheWireKeepsItsAggregateSequence() {
        ProducerRecord<String, CloudEvent> published = converter.createKafkaMessage(new GenericDomainEventMessage<>(
                "SolutionTemplate", REPORT.templateId(), 7, REPORT, MetaData.emptyInstance()), Topics.PRESALE);
        RecordHeaders headers = new RecordHeaders();
        byte[] value;
        try (io.cloudevents.kafka.CloudEventSerializer serializer = new io.cloudevents.kafka.CloudEventSerializer()) {
            serializer.configure(Map.of(), false);
            value = serializer.serialize(Topics.PRESALE, headers, published.value());
        }
        CloudEvent wire;
        try (io.cloudevents.kafka.CloudEventDeserializer deserializer = new io.cloudevents.kafka.CloudEventDeserializer()) {
            deserializer.configure(Map.of(), false);
            wire = deserializer.deserialize(Topics.PRESALE, headers, value);
        }
        assertThat(wire.getExtension("axonmessageaggregateseq")).as("as the header reads back").isEqualTo("7");

        EventMessage<?> read = converter.readKafkaMessage(new ConsumerRecord<>(Topics.PRESALE, 0, 0L,
                published.key(), wire)).orElseThrow();

        assertThat(read).isInstanceOf(DomainEventMessage.class);
        assertThat(((DomainEventMessage<?>) read).getSequenceNumber()).isEqualTo(7L);
        assertThat(((DomainEventMessage<?>) read).getAggregateIdentifier()).isEqualTo(REPORT.templateId());
        assertThat(read.getPayload()).isEqualTo(REPORT);
    }

    /** The record an older version of a service published for {@code event}, with or without the revision header. */
    private static ConsumerRecord<String, CloudEvent> v1Record(Record event, String aggregateType,
                                                               Consumer<ObjectNode> toV1, boolean withRevisionHeader) {
        String aggregateId = event instanceof TemplateDraftSubmitted draft ? draft.templateId()
                : ((SlaClockStarted) event).clockId();
        CloudEvent published = OlderRevisions.publishedAs("1", SERIALIZER, aggregateType, aggregateId, 0, event, toV1,
                Map.of("actingdepartment", "CALL_CENTER"));
        if (!withRevisionHeader) {
            published = CloudEventBuilder.v1(published).withoutExtension("axonmessagerevision").build();
        }
        String topic = EventCatalog.byClassName(event.getClass().getName()).orElseThrow().topic();
        return new ConsumerRecord<>(topic, 0, 0L, aggregateId, published);
    }
}
