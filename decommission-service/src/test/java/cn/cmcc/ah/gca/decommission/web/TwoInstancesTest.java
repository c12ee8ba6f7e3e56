package cn.cmcc.ah.gca.decommission.web;

import cn.cmcc.ah.gca.decommission.DecommissionServiceApplication;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.Topics;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.SharedStoreInstances;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import cn.cmcc.ah.gca.support.test.TestTokens;
import cn.cmcc.ah.gca.support.test.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static cn.cmcc.ah.gca.decommission.web.StopFormClient.AA;
import static cn.cmcc.ah.gca.decommission.web.StopFormClient.CORE_UNIT;
import static cn.cmcc.ah.gca.decommission.web.StopFormClient.SEGMENTS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two decommission-service instances on one store and one broker answer as one would: each step of a permanent stop
 * goes to the other instance in turn, from GCD's dispatch to the unit's confirmation (Art. 33–34), on circuits both
 * instances learnt from provisioning's topic; every valid step is taken (a cached form or circuit is used only while
 * it is the latest), a read on the other instance sees the step before it, the form numbers both hand out are
 * distinct, and every event of a form and of its circuit reaches Kafka once.
 */
class TwoInstancesTest {

    private static final int FORMS = 4;
    /** Per form: dispatched, accepted, three segments released, status change passed, confirmed, completed. */
    private static final int FORM_EVENTS = 8;
    /** Per circuit: held by the form, stopped, let go. */
    private static final int CIRCUIT_EVENTS = 3;

    private static SharedStoreInstances instances;

    @BeforeAll
    static void startTwoInstances() {
        instances = SharedStoreInstances.start(DecommissionServiceApplication.class,
                DecommissionServiceApplication.NAME, 2);
        StopFormClient.formNumbersOfTheirOwn(instances.context(0).getBean("gcaMongoDatabase", MongoDatabase.class));
    }

    @AfterAll
    static void stop() {
        if (instances != null) {
            instances.close();
        }
    }

    private static Http.Response post(Http instance, String token, String path, String body) {
        Http.Call call = instance.post(path).auth(token);
        return body == null ? call.send() : call.body(body).send();
    }

    private static JsonNode read(Http instance, String path) {
        Http.Response read = instance.get(path).auth(TestTokens.bearer(Department.GCD)).send();
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        return read.json();
    }

    @Test
    void everyStepIsTakenWhicheverInstanceTakesIt_readsOnTheOtherSeeIt_andEveryEventIsPublishedOnce() {
        Http a = instances.http(0);
        Http b = instances.http(1);
        String bootstrap = TestInfrastructure.embedded().kafkaBootstrap();
        String cssc = TestTokens.bearer(Department.CSSC);
        List<Integer> statuses = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        List<String> circuits = new ArrayList<>();

        try (ServiceTopics topics = new ServiceTopics(bootstrap);
             TopicReader reader = TopicReader.fromNow(bootstrap, Topics.DECOMMISSION)) {
            for (int i = 0; i < FORMS; i++) {
                String circuit = topics.activated(AA);
                circuits.add(circuit);
                Http[] turn = i % 2 == 0 ? new Http[]{a, b} : new Http[]{b, a};
                for (Http instance : turn) {
                    Http.eventually(Duration.ofSeconds(60), () -> instance.get("/api/circuits/" + circuit)
                            .auth(TestTokens.bearer(Department.GCD)).send().status() == 200 ? true : null);
                }
                Http.Response dispatched = post(turn[0], TestTokens.bearer(Department.GCD), "/api/stop-forms",
                        StopFormClient.stopBody("PERMANENT_STOP", List.of(circuit)));
                statuses.add(dispatched.status());
                String formId = dispatched.json().get("formId").asText();
                forms.add(formId);
                String path = "/api/stop-forms/" + formId;
                assertThat(read(turn[1], path).get("status").asText()).as("the other instance sees the dispatch")
                        .isEqualTo("DISPATCHED");
                assertThat(read(turn[1], "/api/circuits/" + circuit).get("openFormId").asText()).isEqualTo(formId);

                List<String[]> steps = new ArrayList<>();
                steps.add(new String[]{cssc, path + "/acceptance", null, "ACCEPTED"});
                for (String segment : SEGMENTS) {
                    steps.add(new String[]{cssc, path + "/releases", StopFormClient.releaseBody(circuit, segment),
                            "ACCEPTED"});
                }
                steps.add(new String[]{cssc, path + "/status-change", StopFormClient.unitsBody(CORE_UNIT),
                        "STATUS_CHANGE"});
                steps.add(new String[]{TestTokens.rmu(CORE_UNIT), path + "/status-change/" + CORE_UNIT
                        + "/confirmation", null, "COMPLETED"});
                for (int step = 0; step < steps.size(); step++) {
                    String[] next = steps.get(step);
                    Http taking = turn[(step + 1) % 2];
                    Http other = turn[step % 2];
                    Http.Response taken = post(taking, next[0], next[1], next[2]);
                    statuses.add(taken.status());
                    assertThat(taken.status()).as(next[1] + " " + taken.body()).isEqualTo(200);
                    JsonNode seen = read(other, path);
                    assertThat(seen.get("status").asText()).as("the other instance sees " + next[1])
                            .isEqualTo(next[3]);
                    assertThat(seen.get("history")).as("every step so far, the last with the completion")
                            .hasSize(step + 2 + (step == steps.size() - 1 ? 1 : 0));
                }
                JsonNode stopped = read(turn[0], "/api/circuits/" + circuit);
                assertThat(stopped.get("status").asText()).isEqualTo("STOPPED");
                assertThat(stopped.get("openFormId").asText()).isEmpty();
            }

            assertThat(statuses).hasSize(FORMS * (1 + 6)).allSatisfy(status -> assertThat(status).isIn(200, 201));
            assertThat(forms).as("form numbers handed out by both instances").doesNotHaveDuplicates()
                    .allSatisfy(id -> assertThat(id).matches("SD-\\d{4}-\\d{6}"));
            Predicate<ConsumerRecord<String, CloudEvent>> ours = r -> forms.contains(r.key())
                    || circuits.contains(r.key());
            long expected = (long) FORMS * (FORM_EVENTS + CIRCUIT_EVENTS);
            Http.eventually(Duration.ofSeconds(60), () -> reader.drain(Duration.ofMillis(300)).stream()
                    .filter(ours).count() >= expected ? true : null);
            Map<String, Integer> published = new HashMap<>();
            reader.drain(Duration.ofSeconds(2)).stream().filter(ours)
                    .forEach(r -> published.merge(r.key(), 1, Integer::sum));
            assertThat(published).hasSize(2 * FORMS).allSatisfy((key, events) -> assertThat(events)
                    .as(key + ": each event published once")
                    .isEqualTo(forms.contains(key) ? FORM_EVENTS : CIRCUIT_EVENTS));
        }
    }
}
