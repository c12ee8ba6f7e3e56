package cn.cmcc.ah.gca.sla.intake;

import cn.cmcc.ah.gca.events.Topics;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import cn.cmcc.ah.gca.support.test.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The clock events on gca.sla.events as a network-ops subscriber reads them, from when the test opened it — those
 * this test's sla-monitor published: every Spring context of the test JVM shares the broker and consumes the same
 * domain topics into a store of its own, so another context may publish events for the same clock id. An event is
 * this instance's when its id is that of an event in this instance's store; a publisher's re-send (same id) counts
 * once.
 */
final class SlaTopic implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final TopicReader reader = TopicReader.fromNow(TestInfrastructure.embedded().kafkaBootstrap(),
            Topics.SLA);
    private final EventStore store;

    SlaTopic(EventStore store) {
        this.store = store;
    }

    private boolean is(ConsumerRecord<String, CloudEvent> record, String clockId, String event) {
        return clockId.equals(record.key()) && record.value().getType().startsWith("gca.sla." + event + ".v")
                && mine(record);
    }

    private boolean mine(ConsumerRecord<String, CloudEvent> record) {
        return store.readEvents(record.key()).asStream().map(Message::getIdentifier)
                .anyMatch(record.value().getId()::equals);
    }

    private List<ConsumerRecord<String, CloudEvent>> mine(String clockId, Duration quiet) {
        Set<String> ids = new HashSet<>();
        return reader.drain(quiet).stream().filter(r -> clockId.equals(r.key()) && mine(r))
                .filter(r -> ids.add(r.value().getId())).toList();
    }

    /** The data of the first {@code event} (e.g. {@code SlaClockStarted}) of the clock; fails after 30 s. */
    JsonNode await(String clockId, String event) {
        return data(reader.await(r -> is(r, clockId, event), Duration.ofSeconds(30)));
    }

    /** The data of every {@code event} of the clock read so far, after {@code quiet} more of reading. */
    List<JsonNode> all(String clockId, String event, Duration quiet) {
        return mine(clockId, quiet).stream().filter(r -> is(r, clockId, event)).map(SlaTopic::data).toList();
    }

    /** The types (e.g. {@code SlaClockStarted}) of every event of the clock read so far, in order. */
    List<String> types(String clockId, Duration quiet) {
        return mine(clockId, quiet).stream()
                .map(r -> r.value().getType().replaceFirst("^gca\\.sla\\.", "").replaceFirst("\\.v\\d+$", ""))
                .toList();
    }

    private static JsonNode data(ConsumerRecord<String, CloudEvent> record) {
        try {
            return JSON.readTree(record.value().getData().toBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        reader.close();
    }
}
