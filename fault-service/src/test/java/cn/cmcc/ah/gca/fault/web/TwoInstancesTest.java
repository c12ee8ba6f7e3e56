package cn.cmcc.ah.gca.fault.web;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.Topics;
import cn.cmcc.ah.gca.fault.FaultServiceApplication;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.SharedStoreInstances;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import cn.cmcc.ah.gca.support.test.TestTokens;
import cn.cmcc.ah.gca.support.test.TopicReader;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two fault-service instances on one store and one broker answer as one would: each step of a ticket goes to the
 * other instance in turn, from the report to MON's archive (Art. 24–27), each on a circuit either instance learnt from
 * provisioning's topic; every valid step is accepted (a cached aggregate is used only while it is the latest), a read
 * on the other instance sees the step before it, the ticket numbers both hand out are distinct, and every event
 * reaches Kafka once.
 */
class TwoInstancesTest {

    private static final int TICKETS = 4;
    /** Per ticket: reported, accepted, dispatched, diagnosed, repaired, cleared, replied, checked, archived. */
    private static final int EVENTS_PER_TICKET = 9;

    private static SharedStoreInstances instances;

    @BeforeAll
    static void startTwoInstances() {
        instances = SharedStoreInstances.start(FaultServiceApplication.class, FaultServiceApplication.NAME, 2);
    }

    @AfterAll
    static void stop() {
        if (instances != null) {
            instances.close();
        }
    }

    private static String token(Department department) {
        return department == Department.CUSTOMER ? TestTokens.customer(FaultClient.AA.groupId())
                : TestTokens.bearer(department);
    }

    private static Http.Response post(Http instance, Department department, String path, String body) {
        Http.Call call = instance.post(path).auth(token(department));
        return body == null ? call.send() : call.body(body).send();
    }

    @Test
    void everyValidStepIsAcceptedWhicheverInstanceTakesIt_readsSeeIt_andEveryEventIsPublishedOnce() {
        Http a = instances.http(0);
        Http b = instances.http(1);
        String bootstrap = TestInfrastructure.embedded().kafkaBootstrap();
        List<Integer> statuses = new ArrayList<>();
        List<String> tickets = new ArrayList<>();
        List<String> circuits = new ArrayList<>();

        try (CircuitTopic topic = new CircuitTopic(bootstrap);
             TopicReader reader = TopicReader.fromNow(bootstrap, Topics.FAULT)) {
            for (int i = 0; i < TICKETS; i++) {
                String circuit = topic.activated(FaultClient.AA);
                circuits.add(circuit);
                Http[] turn = i % 2 == 0 ? new Http[]{a, b} : new Http[]{b, a};
                for (Http instance : turn) {
                    Http.eventually(Duration.ofSeconds(30), () -> instance.get("/api/circuits/" + circuit)
                            .auth(token(Department.MON)).send().status() == 200 ? true : null);
                }
                Http.Response reported = post(turn[0], Department.CALL_CENTER, "/api/faults",
                        FaultClient.reportBody(circuit));
                statuses.add(reported.status());
                String ticketId = reported.json().get("ticketId").asText();
                tickets.add(ticketId);
                String path = "/api/faults/" + ticketId;
                int step = 1;
                statuses.add(post(turn[step++ % 2], Department.MON, path + "/acceptance", null).status());
                statuses.add(post(turn[step++ % 2], Department.MON, path + "/dispatch", null).status());
                statuses.add(post(turn[step++ % 2], Department.CSSC, path + "/diagnosis",
                        FaultClient.diagnosisBody(false)).status());
                statuses.add(post(turn[step++ % 2], Department.CSSC, path + "/repair", FaultClient.REPAIR_BODY)
                        .status());
                assertThat(turn[step % 2].get(path).auth(token(Department.MON)).send().json().get("status").asText())
                        .as("a read on the other instance sees the repair").isEqualTo("REPAIRED");
                statuses.add(post(turn[step++ % 2], Department.CUSTOMER, path + "/clearance", "{\"cleared\":true}")
                        .status());
                statuses.add(post(turn[step++ % 2], Department.CSSC, path + "/reply", FaultClient.REPLY_BODY)
                        .status());
                statuses.add(post(turn[step++ % 2], Department.MON, path + "/quality-check", "{\"passed\":true}")
                        .status());
                statuses.add(post(turn[step++ % 2], Department.MON, path + "/archive", null).status());
                assertThat(turn[step % 2].get(path).auth(token(Department.MON)).send().json().get("status").asText())
                        .isEqualTo("ARCHIVED");
            }

            assertThat(statuses).hasSize(TICKETS * EVENTS_PER_TICKET)
                    .allSatisfy(status -> assertThat(status).isIn(200, 201));
            assertThat(tickets).as("ticket numbers handed out by both instances").doesNotHaveDuplicates()
                    .allSatisfy(id -> assertThat(id).matches("FT-\\d{4}-\\d{6}"));
            Predicate<ConsumerRecord<String, CloudEvent>> ours = r -> tickets.contains(r.key())
                    && circuits.stream().anyMatch(new String(r.value().getData().toBytes(),
                    StandardCharsets.UTF_8)::contains);
            Http.eventually(Duration.ofSeconds(30), () -> reader.drain(Duration.ofMillis(300)).stream()
                    .filter(ours).count() >= (long) TICKETS * EVENTS_PER_TICKET ? Boolean.TRUE : null);
            Map<String, Integer> published = new HashMap<>();
            reader.drain(Duration.ofSeconds(2)).stream().filter(ours)
                    .forEach(r -> published.merge(r.key(), 1, Integer::sum));
            assertThat(published).hasSize(TICKETS).allSatisfy((key, events) -> assertThat(events)
                    .as(key + ": each event published once").isEqualTo(EVENTS_PER_TICKET));
        }
    }
}
