package cn.cmcc.ah.gca.provisioning;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.Topics;
import cn.cmcc.ah.gca.events.presale.NegotiationOutcome;
import cn.cmcc.ah.gca.provisioning.web.PresaleTopic;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.SharedStoreInstances;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import cn.cmcc.ah.gca.support.test.TestTokens;
import cn.cmcc.ah.gca.support.test.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two provisioning-service instances on one store and one broker answer as one would: each step of a form 2 goes to
 * the other instance in turn, from dispatch to the archived form 4 (Art. 17–23); every valid step is accepted (a
 * cached aggregate is used only while it is the latest), a read on the other instance sees the step before it, the
 * circuit ids both hand out are distinct, and every event reaches Kafka once.
 */
class TwoInstancesTest {

    private static final int FORMS = 4;
    /** Per form: dispatched, accepted, 4 work orders issued and completed, activated, status info passed, one
     * unit requested and confirmed, replied, form 4 organised, two signatures, archived. */
    private static final int EVENTS_PER_FORM = 19;

    private static SharedStoreInstances instances;

    @BeforeAll
    static void startTwoInstances() {
        instances = SharedStoreInstances.start(ProvisioningServiceApplication.class, ProvisioningServiceApplication.NAME, 2);
    }

    @AfterAll
    static void stop() {
        if (instances != null) {
            instances.close();
        }
    }

    private static String token(Department department) {
        return department == Department.CUSTOMER ? TestTokens.customer(PresaleTopic.CUSTOMER.groupId())
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
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        List<Integer> statuses = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        Set<String> circuits = new HashSet<>();

        try (PresaleTopic presale = new PresaleTopic();
             TopicReader reader = TopicReader.fromNow(TestInfrastructure.embedded().kafkaBootstrap(),
                     Topics.PROVISIONING)) {
            for (int i = 0; i < FORMS; i++) {
                String form1 = PresaleTopic.newFormId();
                presale.negotiatedForm(form1, PresaleTopic.CUSTOMER, NegotiationOutcome.ACCEPTED);
                Http.eventually(Duration.ofSeconds(30), () -> {
                    Http.Response r = b.get("/api/confirmation-forms/" + form1).auth(token(Department.GCD)).send();
                    return r.status() == 200 && "ACCEPTED".equals(r.json().path("status").asText()) ? r : null;
                });
                Http[] turn = i % 2 == 0 ? new Http[]{a, b} : new Http[]{b, a};
                Http.Response dispatched = post(turn[0], Department.GCD, "/api/demands",
                        "{\"confirmationFormId\":\"" + form1 + "\"}");
                statuses.add(dispatched.status());
                String formId = dispatched.json().get("formId").asText();
                forms.add(formId);
                String path = "/api/demands/" + formId;
                int step = 1;
                statuses.add(post(turn[step++ % 2], Department.CSSC, path + "/receipt", """
                        {"plannedActivationDate":"%s","resourceApplication":"端口申请已提交","lastMileScheduling":"已调度"}"""
                        .formatted(today.plusDays(20))).status());
                List<String> orders = new ArrayList<>();
                for (String target : List.of("CORE", "ACCESS_BACKBONE", "LAST_MILE", "CUSTOMER_SIDE")) {
                    Http.Response issued = post(turn[step++ % 2], Department.CSSC, path + "/work-orders", """
                            {"pointId":"P1","target":"%s","assigneeUnit":"蜀山区域维护中心","plannedDate":"%s"}"""
                            .formatted(target, today.plusDays(5)));
                    statuses.add(issued.status());
                    orders.add(issued.json().get("itemId").asText());
                }
                assertThat(orders).as("work order numbers are the form's own, in issue order, on either instance")
                        .containsExactly(formId + "-W01", formId + "-W02", formId + "-W03", formId + "-W04");
                for (String order : orders) {
                    statuses.add(post(turn[step++ % 2], Department.CSSC, path + "/work-orders/" + order + "/completion",
                            "{\"actualDate\":\"" + today + "\",\"result\":\"开通正常\"}").status());
                }
                Http.Response activated = post(turn[step++ % 2], Department.CSSC, path + "/activation", null);
                statuses.add(activated.status());
                circuits.add(activated.json().at("/circuits/0/circuitId").asText());
                JsonNode read = turn[step % 2].get(path).auth(token(Department.GCD)).send().json();
                assertThat(read.get("status").asText()).as("a read on the other instance sees the activation")
                        .isEqualTo("ACTIVATED");
                statuses.add(post(turn[step++ % 2], Department.CSSC, path + "/status-change-info",
                        "{\"units\":[\"RMU-CORE\"]}").status());
                statuses.add(post(turn[step++ % 2], Department.RMU, path + "/status-changes/RMU-CORE/confirmation",
                        "{}").status());
                statuses.add(post(turn[step++ % 2], Department.CSSC, path + "/reply", "{\"feedback\":\"已竣工\"}")
                        .status());
                statuses.add(post(turn[step++ % 2], Department.GCD, path + "/acceptance", """
                        {"acceptanceDate":"%s","participants":["客户代表","客户经理"],
                         "tests":[{"item":"带宽测试","passed":true}]}""".formatted(today)).status());
                statuses.add(post(turn[step++ % 2], Department.CUSTOMER, path + "/acceptance/signatures",
                        "{\"signedBy\":\"张工\"}").status());
                statuses.add(post(turn[step++ % 2], Department.GCD, path + "/acceptance/signatures",
                        "{\"signedBy\":\"王经理\"}").status());
                statuses.add(post(turn[step++ % 2], Department.GCD, path + "/acceptance/archive", null).status());
                assertThat(turn[step % 2].get(path).auth(token(Department.GCD)).send().json().get("status").asText())
                        .isEqualTo("ARCHIVED");
            }

            assertThat(statuses).hasSize(FORMS * 18).allSatisfy(status -> assertThat(status).isIn(200, 201));
            assertThat(circuits).as("circuit ids handed out by both instances").hasSize(FORMS)
                    .allSatisfy(id -> assertThat(id).matches("CL-\\d{4}-\\d{6}"));
            Http.eventually(Duration.ofSeconds(30), () -> reader.drain(Duration.ofMillis(300)).stream()
                    .filter(r -> forms.contains(r.key()) || circuits.contains(r.key()))
                    .count() >= FORMS * (EVENTS_PER_FORM + 1L) ? Boolean.TRUE : null);
            Map<String, Integer> published = new HashMap<>();
            reader.drain(Duration.ofSeconds(2)).stream()
                    .filter(r -> forms.contains(r.key()) || circuits.contains(r.key()))
                    .forEach(r -> published.merge(r.key(), 1, Integer::sum));
            assertThat(published).hasSize(FORMS * 2).allSatisfy((key, events) -> assertThat(events)
                    .as(key + ": each event published once")
                    .isEqualTo(circuits.contains(key) ? 1 : EVENTS_PER_FORM));
        }
    }
}
