package cn.cmcc.ah.gca.support.eventstore.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Realistic ~1 KB ticket events for {@link EventStoreBenchmark}. */
final class BenchEvents {

    static final String AGGREGATE_TYPE = "FaultTicket";

    private static final String[] WORDS = {"fibre", "cut", "customer", "reports", "loss", "of", "signal", "at", "the",
            "cabinet", "near", "exchange", "OLT", "port", "alarm", "cleared", "after", "technician", "visit", "ONT",
            "replaced", "power", "restored", "intermittent", "packet", "loss", "on", "uplink", "BGP", "session",
            "flapping", "since", "morning", "SLA", "clock", "paused", "awaiting", "access", "to", "site", "splice",
            "closure", "inspected", "and", "re-terminated", "latency", "back", "within", "threshold"};
    private static final String[] CATEGORIES = {"LINE", "EQUIPMENT", "POWER", "CONFIG", "CUSTOMER_PREMISES"};
    private static final String[] SEVERITIES = {"P1", "P2", "P3", "P4"};
    private static final String[] STATUSES = {"OPEN", "ASSIGNED", "IN_PROGRESS", "PENDING_CUSTOMER", "RESOLVED"};
    private static final String[] REGIONS = {"Hefei", "Wuhu", "Bengbu", "Huainan", "Anqing", "Huangshan", "Fuyang"};

    private BenchEvents() {
    }

    /** A ticket update: the payload the benchmark stores, about 0.9 KB as JSON. */
    record TicketUpdated(String ticketId, String customerId, String siteCode, String region, String category,
                         String severity, String status, String summary, String description, List<String> tags,
                         Map<String, String> attributes, String reportedAt, String assignee, int revisionNo) {
    }

    /** Jackson as the services configure it for events (field visibility), Axon's JacksonSerializer. */
    static JacksonSerializer serializer() {
        ObjectMapper mapper = new ObjectMapper().setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        return JacksonSerializer.builder().objectMapper(mapper).build();
    }

    static TicketUpdated payload(String ticketId, long sequence) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            tags.add(WORDS[r.nextInt(WORDS.length)]);
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("oltPort", "OLT-" + r.nextInt(100) + "/" + r.nextInt(16) + "/" + r.nextInt(64));
        attributes.put("circuitId", "AH-" + r.nextInt(1_000_000));
        attributes.put("contactPhone", "1" + (3_000_000_000L + r.nextLong(999_999_999L)));
        attributes.put("slaPlan", "GOLD-4H");
        return new TicketUpdated(ticketId, "CUST-" + r.nextInt(10_000_000), "SITE-" + r.nextInt(100_000),
                                 REGIONS[r.nextInt(REGIONS.length)], CATEGORIES[r.nextInt(CATEGORIES.length)],
                                 SEVERITIES[r.nextInt(SEVERITIES.length)], STATUSES[r.nextInt(STATUSES.length)],
                                 words(r, 12), words(r, 70), tags, attributes, Instant.now().toString(),
                                 "eng" + r.nextInt(500), (int) sequence);
    }

    private static String words(ThreadLocalRandom r, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(WORDS[r.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    /** Correlation metadata like Axon's MessageOriginProvider plus a trace id adds to every event. */
    static MetaData metaData() {
        String correlation = UUID.randomUUID().toString();
        return MetaData.with("correlationId", correlation)
                       .and("traceId", UUID.randomUUID().toString().replace("-", ""))
                       .and("traceParent", correlation);
    }

    static GenericDomainEventMessage<TicketUpdated> event(String aggregateId, long sequence) {
        return new GenericDomainEventMessage<>(AGGREGATE_TYPE, aggregateId, sequence, payload(aggregateId, sequence),
                                               metaData());
    }
}
