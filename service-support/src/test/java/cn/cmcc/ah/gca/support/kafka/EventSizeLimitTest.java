package cn.cmcc.ah.gca.support.kafka;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.events.Topics;
import cn.cmcc.ah.gca.events.fault.FaultReported;
import cn.cmcc.ah.gca.events.fault.MaskedContact;
import cn.cmcc.ah.gca.events.fault.ReportChannel;
import cn.cmcc.ah.gca.support.eventstore.MongoKeyedEventStorageEngine;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The event size limit on a real event store: an event over it fails its whole unit of work before the append. */
class EventSizeLimitTest {

    private static final int LIMIT = 4096;

    private MongoServer server;
    private MongoClient client;
    private EmbeddedEventStore store;

    @BeforeEach
    void setUp() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        JacksonSerializer serializer = JacksonSerializer.builder()
                .objectMapper(new ObjectMapper().findAndRegisterModules()).build();
        store = EmbeddedEventStore.builder().storageEngine(MongoKeyedEventStorageEngine.builder()
                .database(client.getDatabase("size_limit_test")).eventSerializer(serializer)
                .snapshotSerializer(serializer).build()).build();
        CatalogCloudEventConverter converter = new CatalogCloudEventConverter(serializer, new EventUpcasterChain(),
                URI.create("urn:gca:fault-service"));
        store.registerDispatchInterceptor(new EventSizeLimit(converter, Topics.FAULT, LIMIT).dispatchInterceptor());
    }

    @AfterEach
    void tearDown() {
        store.shutDown();
        client.close();
        server.shutdownNow();
    }

    @Test
    void oneEventOverTheLimitFailsItsUnitOfWorkAndNoneOfItsEventsIsStored() {
        var unitOfWork = DefaultUnitOfWork.startAndGet(GenericCommandMessage.asCommandMessage("renegotiate"));
        var result = unitOfWork.executeWithResult(() -> {
            store.publish(reported("FT-1", 0, "专线中断"));
            store.publish(reported("FT-2", 0, "障".repeat(2000)));
            return null;
        });

        assertThat(result.isExceptional()).isTrue();
        assertThat(result.exceptionResult()).isInstanceOf(EventTooLargeException.class);
        EventTooLargeException refused = (EventTooLargeException) result.exceptionResult();
        assertThat(refused.eventType()).isEqualTo("gca.fault.FaultReported.v3");
        assertThat(refused.sizeBytes()).isGreaterThan(6000);
        assertThat(refused.limitBytes()).isEqualTo(LIMIT);
        assertThat(unitOfWork.isRolledBack()).isTrue();
        assertThat(store.readEvents("FT-1").hasNext()).as("the small event of the same unit of work").isFalse();
        assertThat(store.readEvents("FT-2").hasNext()).isFalse();
        assertThat(store.createHeadToken()).as("no position reserved").isNull();
    }

    @Test
    void eventsWithinTheLimitAreStored() {
        var unitOfWork = DefaultUnitOfWork.startAndGet(GenericCommandMessage.asCommandMessage("report"));
        var result = unitOfWork.executeWithResult(() -> {
            store.publish(reported("FT-1", 0, "专线中断"));
            return null;
        });

        assertThat(result.isExceptional()).isFalse();
        assertThat(store.readEvents("FT-1").asStream()).hasSize(1);
    }

    private static DomainEventMessage<?> reported(String ticketId, long sequence, String symptom) {
        return new GenericDomainEventMessage<>("FaultTicket", ticketId, sequence,
                new FaultReported(ticketId, "AH-HF-ZX-000881",
                        new CustomerRef("5510001234", "合肥某某科技有限公司", ServiceLevel.AA), ReportChannel.CALL_CENTER,
                        symptom, new MaskedContact("张*", "138****0000", null), Department.MON, Department.MON, List.of(), Instant.parse("2026-03-02T01:12:37Z")));
    }
}
