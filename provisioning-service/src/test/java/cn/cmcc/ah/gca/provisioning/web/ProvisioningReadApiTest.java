package cn.cmcc.ah.gca.provisioning.web;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.presale.ConfirmationFormDispatched;
import cn.cmcc.ah.gca.events.presale.NegotiationOutcome;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import cn.cmcc.ah.gca.support.test.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read side over REST with real tokens, on the in-process broker and the embedded store: forms 1 consumed from
 * presale's topic as presale publishes them (idempotent on redelivery), and the refusals of bad reads.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=gca-defaults,provisioning-service")
class ProvisioningReadApiTest {

    @LocalServerPort
    int port;

    private Http http;
    private PresaleTopic presale;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.embedded().register(registry, "provisioning-service");
    }

    @BeforeEach
    void setUp() {
        http = Http.localhost(port);
        presale = new PresaleTopic();
    }

    @AfterEach
    void tearDown() {
        presale.close();
    }

    private Http.Response get(Department department, String path) {
        return http.get(path).auth(TestTokens.bearer(department)).send();
    }

    private JsonNode awaitConfirmationForm(String formId, String status) {
        return Http.eventually(Duration.ofSeconds(30), () -> {
            Http.Response response = get(Department.GCD, "/api/confirmation-forms/" + formId);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            assertThat(response.json().get("status").asText()).as(response.body()).isEqualTo(status);
            return response.json();
        });
    }

    @Test
    void art16_17_anAcceptedForm1ConsumedFromPresalesTopicMayBeTheBasisOfAForm2() {
        String formId = PresaleTopic.newFormId();
        presale.negotiatedForm(formId, PresaleTopic.CUSTOMER, NegotiationOutcome.ACCEPTED);

        JsonNode form = awaitConfirmationForm(formId, "ACCEPTED");
        assertThat(form.get("dispatchable").asBoolean()).isTrue();
        assertThat(form.get("demandFormId").asText()).isEmpty();
        assertThat(form.at("/points/0/path").asText()).isEqualTo("AVAILABLE");
        assertThat(form.at("/points/0/pathArticle").asText()).isEqualTo("Art. 18");
        assertThat(form.at("/solution/summary").asText()).isEqualTo("单路由接入");
        assertThat(form.at("/request/customer/groupId").asText()).isEqualTo(PresaleTopic.CUSTOMER.groupId());
    }

    @Test
    void aRedeliveredDispatchDoesNotSetAnAcceptedForm1Back() {
        String formId = PresaleTopic.newFormId();
        DomainEventMessage<?> dispatched = presale.publish(formId, new ConfirmationFormDispatched(formId,
                PresaleTopic.request(PresaleTopic.CUSTOMER), List.of(PresaleTopic.P1), "", Instant.now()),
                Department.GCD);
        awaitConfirmationForm(formId, "IN_CONFIRMATION");
        String declined = PresaleTopic.newFormId();
        presale.negotiatedForm(declined, PresaleTopic.CUSTOMER, NegotiationOutcome.DECLINED);
        presale.redeliver(dispatched);
        String later = PresaleTopic.newFormId();
        presale.negotiatedForm(later, PresaleTopic.CUSTOMER, NegotiationOutcome.ACCEPTED);

        assertThat(awaitConfirmationForm(declined, "DECLINED").get("dispatchable").asBoolean()).isFalse();
        awaitConfirmationForm(later, "ACCEPTED");
        assertThat(get(Department.GCD, "/api/confirmation-forms/" + formId).json().get("status").asText())
                .isEqualTo("IN_CONFIRMATION");
    }

    @Test
    void unknownItemsAre404AndTheInboxAndFormsAreStaffsOrScoped() {
        assertThat(get(Department.GCD, "/api/confirmation-forms/RC-2026-999999x").status()).isEqualTo(404);
        assertThat(get(Department.CSSC, "/api/demands/RD-2026-000001").status()).isEqualTo(404);
        assertThat(get(Department.CSSC, "/api/circuits/CL-2026-000001").status()).isEqualTo(404);
        assertThat(http.get("/api/demands/inbox").auth(TestTokens.customer("5510001234")).send().status())
                .isEqualTo(403);
        assertThat(http.get("/api/confirmation-forms/RC-2026-000001").auth(TestTokens.customer("5510001234"))
                .send().status()).isEqualTo(403);

        Http.Response inbox = get(Department.ENG, "/api/demands/inbox");
        assertThat(inbox.status()).as(inbox.body()).isEqualTo(200);
        assertThat(inbox.json().get("items")).isEmpty();
        Http.Response forms = http.get("/api/demands").auth(TestTokens.customer("5510001234")).send();
        assertThat(forms.status()).as(forms.body()).isEqualTo(200);
        assertThat(get(Department.GCD, "/api/circuits?customer=5510001234").status()).isEqualTo(200);
    }

    @Test
    void badQueryParametersAre400ProblemJson() {
        for (String path : List.of("/api/demands?status=BOGUS", "/api/demands?status=dispatched",
                "/api/demands?stauts=DISPATCHED", "/api/demands?limit=0", "/api/demands?cursor=nonsense",
                "/api/demands/inbox?limit=201", "/api/circuits?customr=1")) {
            Http.Response response = get(Department.GCD, path);
            assertThat(response.status()).as(path + " " + response.body()).isEqualTo(400);
            assertThat(response.header("Content-Type")).as(path).startsWith("application/problem+json");
        }
        assertThat(get(Department.GCD, "/api/demands?status=ARCHIVED").status()).isEqualTo(200);
    }
}
