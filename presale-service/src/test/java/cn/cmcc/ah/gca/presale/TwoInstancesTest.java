package cn.cmcc.ah.gca.presale;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.Topics;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.SharedStoreInstances;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import cn.cmcc.ah.gca.support.test.TestTokens;
import cn.cmcc.ah.gca.support.test.TopicReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two presale-service instances on one store and one broker answer as one would: each step of a form goes to the
 * other instance in turn, and every valid step is accepted (a cached aggregate is used only while it is the latest),
 * every read sees the step before it, and every event reaches Kafka once.
 */
class TwoInstancesTest {

    private static final int FORMS = 12;
    private static final String CUSTOMER = "5510003003";
    private static SharedStoreInstances instances;

    @BeforeAll
    static void startTwoInstances() {
        instances = SharedStoreInstances.start(PresaleServiceApplication.class, PresaleServiceApplication.NAME, 2);
    }

    @AfterAll
    static void stop() {
        if (instances != null) {
            instances.close();
        }
    }

    private static Http.Response post(Http instance, Department department, String path, String body) {
        Http.Call call = instance.post(path).auth(TestTokens.bearer(department));
        return body == null ? call.send() : call.body(body).send();
    }

    @Test
    void everyValidStepIsAcceptedWhicheverInstanceTakesIt_andEveryEventIsPublishedOnce() {
        Http a = instances.http(0);
        Http b = instances.http(1);
        assertThat(post(a, Department.ADMIN, "/api/products",
                "{\"productCode\":\"TWO\",\"name\":\"互联网专线\",\"mature\":true}").status()).isEqualTo(201);
        String requested = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30).toString();
        String form = """
                {"customer":{"groupId":"%s","name":"两实例测试","serviceLevel":"A"},"productCode":"TWO",
                 "bandwidthMbps":50,"requestedDate":"%s",
                 "accessPoints":[{"address":"合肥市蜀山区长江西路1号","district":"蜀山区"}]}""".formatted(CUSTOMER, requested);
        String reply = """
                {"solutionSummary":"经汇聚接入","solutionLines":[
                 {"pointId":"P1","segment":"CORE","route":"CR01","equipmentPort":"GE1/0/1","bandwidthMbps":50},
                 {"pointId":"P1","segment":"ACCESS_BACKBONE","route":"AG03","equipmentPort":"GE0/0/9","bandwidthMbps":50},
                 {"pointId":"P1","segment":"LAST_MILE","route":"OLT","equipmentPort":"PON1/2/7","bandwidthMbps":50}]}""";

        List<Integer> statuses = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        try (TopicReader reader = TopicReader.fromNow(TestInfrastructure.embedded().kafkaBootstrap(), Topics.PRESALE)) {
            for (int i = 0; i < FORMS; i++) {
                Http[] turn = i % 2 == 0 ? new Http[]{a, b} : new Http[]{b, a};
                Http.Response dispatched = post(turn[0], Department.GCD, "/api/forms", form);
                statuses.add(dispatched.status());
                String formId = dispatched.json().get("formId").asText();
                forms.add(formId);
                String path = "/api/forms/" + formId;
                statuses.add(post(turn[1], Department.CSSC, path + "/receipt", null).status());
                statuses.add(post(turn[0], Department.CSSC, path + "/points/P1/segments/CORE/assessment",
                        "{\"outcome\":\"AVAILABLE\"}").status());
                statuses.add(post(turn[1], Department.CSSC, path + "/points/P1/segments/ACCESS_BACKBONE/assessment",
                        "{\"outcome\":\"AVAILABLE\"}").status());
                statuses.add(post(turn[0], Department.CSSC, path + "/points/P1/segments/LAST_MILE/assessment",
                        "{\"outcome\":\"AVAILABLE\"}").status());
                statuses.add(post(turn[1], Department.CSSC, path + "/reply", reply).status());
                statuses.add(post(turn[0], Department.GCD, path + "/negotiation", "{\"outcome\":\"ACCEPTED\"}")
                        .status());
                assertThat(turn[1].get(path).auth(TestTokens.bearer(Department.GCD)).send().json().get("status")
                        .asText()).isEqualTo("NEGOTIATED");
            }

            assertThat(statuses).hasSize(FORMS * 7).allSatisfy(status -> assertThat(status).isIn(200, 201));
            Http.eventually(Duration.ofSeconds(30), () -> reader.drain(Duration.ofMillis(300)).stream()
                    .filter(r -> forms.contains(r.key())).count() >= FORMS * 7L ? Boolean.TRUE : null);
            Map<String, Integer> published = new HashMap<>();
            reader.drain(Duration.ofSeconds(2)).stream().filter(r -> forms.contains(r.key()))
                    .forEach(r -> published.merge(r.key(), 1, Integer::sum));
            assertThat(published).hasSize(FORMS).allSatisfy((formId, events) ->
                    assertThat(events).as(formId + ": seven events, each published once").isEqualTo(7));
        }
    }
}
