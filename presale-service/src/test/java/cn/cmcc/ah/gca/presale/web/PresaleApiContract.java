package cn.cmcc.ah.gca.presale.web;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.Topics;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import cn.cmcc.ah.gca.support.test.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static cn.cmcc.ah.gca.presale.web.PresaleClient.status;
import static cn.cmcc.ah.gca.presale.web.PresaleClient.today;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Form 1 and the template library over REST, with real tokens, on whatever infrastructure the concrete subclass
 * provides (the in-process Kafka broker and the embedded MongoDB-wire store, or real images where Docker exists);
 * every path ends with the events read off the presale topic as network-ops would read them.
 */
abstract class PresaleApiContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    PresaleClient api;
    /** opened before each test: only the events the test causes */
    TopicReader reader;

    abstract TestInfrastructure infrastructure();

    @BeforeEach
    void setUp() {
        api = new PresaleClient(port);
        reader = presaleTopic();
    }

    @AfterEach
    void closeReader() {
        reader.close();
    }

    /** What this test publishes: other test contexts on the same broker reuse the same form numbers. */
    private TopicReader presaleTopic() {
        return TopicReader.fromNow(infrastructure().kafkaBootstrap(), Topics.PRESALE);
    }

    /** The event of that type for that form, as published; its data parsed. */
    private static JsonNode published(TopicReader reader, String key, String eventName) {
        ConsumerRecord<String, CloudEvent> record = reader.await(r -> key.equals(r.key())
                && r.value().getType().startsWith("gca.presale." + eventName + ".v"), Duration.ofSeconds(30));
        try {
            return JSON.readTree(record.value().getData().toBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void art11_everySegmentAvailable_csscRepliesAndGcdRecordsTheCustomersAcceptance() {
        String product = api.product(true);
        String formId = api.dispatchedAndReceived(product, 1);
        assertThat(formId).matches("RC-\\d{4}-\\d{6}");
        api.assessPoint(formId, "P1", "AVAILABLE", "AVAILABLE", "AVAILABLE", null);

        Http.Response reply = api.reply(formId, "P1");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        Http.Response negotiation = api.post(Department.GCD, "/api/forms/" + formId + "/negotiation",
                "{\"outcome\":\"ACCEPTED\",\"note\":\"客户确认方案\"}");
        assertThat(negotiation.status()).as(negotiation.body()).isEqualTo(200);

        JsonNode form = api.awaitForm(formId, status("NEGOTIATED"));
        assertThat(form.get("negotiationOutcome").asText()).isEqualTo("ACCEPTED");
        assertThat(form.get("awaiting")).isEmpty();
        assertThat(form.get("history").findValuesAsText("event")).containsExactly("ConfirmationFormDispatched",
                "ConfirmationFormReceived", "SegmentAssessed", "SegmentAssessed", "SegmentAssessed",
                "ResourceConfirmed", "NegotiationRecorded");
        assertThat(form.get("history").findValuesAsText("department"))
                .containsExactly("GCD", "CSSC", "CSSC", "CSSC", "CSSC", "CSSC", "GCD");
        assertThat(form.get("history").get(1).get("user").asText()).isEqualTo("cssc-user");

        {
            JsonNode received = published(reader, formId, "ConfirmationFormReceived");
            JsonNode confirmed = published(reader, formId, "ResourceConfirmed");
            assertThat(confirmed.get("receivedAt").asText()).isEqualTo(received.get("receivedAt").asText());
            assertThat(confirmed.at("/pointCounts/available").asInt()).isEqualTo(1);
            assertThat(confirmed.at("/points/0/provisionable").asBoolean()).isTrue();
            assertThat(confirmed.at("/solution/lines")).hasSize(3);
            JsonNode negotiated = published(reader, formId, "NegotiationRecorded");
            assertThat(negotiated.get("outcome").asText()).isEqualTo("ACCEPTED");
            assertThat(negotiated.at("/request/customer/groupId").asText()).isEqualTo(PresaleClient.CUSTOMER_GROUP);
            assertThat(negotiated.at("/solution/summary").asText()).isNotBlank();
        }
    }

    /**
     * The caps of the API and the event size limit are set together: the largest form 1 the API accepts (50 points,
     * every text at its cap, every point referred to ENG, a line per segment) goes through every step, and its
     * largest event — the negotiation, which repeats the whole confirmation — is published whole.
     */
    @Test
    void theLargestFormTheApiAcceptsGoesThroughEveryStepAndIsPublishedWhole() {
        String product = api.product(true);
        String text = "合".repeat(199);
        StringBuilder points = new StringBuilder();
        for (int i = 1; i <= 50; i++) {
            points.append(i == 1 ? "" : ",").append("{\"address\":\"").append(i).append(text, 0, 199 - String.valueOf(i)
                    .length()).append("\",\"district\":\"").append("区".repeat(50)).append("\"}");
        }
        String body = PresaleClient.dispatchBody(product, null, 1)
                .replaceFirst("\"accessPoints\":\\[.*]", "\"accessPoints\":[" + points + "]")
                .replace("\"contact\":\"王工 13700000000\"", "\"contact\":\"" + "联".repeat(200) + "\",\"remarks\":\""
                        + "备".repeat(2000) + "\"");
        Http.Response dispatched = api.post(Department.GCD, "/api/forms", body);
        assertThat(dispatched.status()).as(dispatched.body()).isEqualTo(201);
        String formId = dispatched.json().get("formId").asText();
        assertThat(api.post(Department.CSSC, "/api/forms/" + formId + "/receipt", null).status()).isEqualTo(200);
        String note = "注".repeat(500);
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            String point = "P" + i;
            for (String segment : List.of("CORE", "ACCESS_BACKBONE", "LAST_MILE")) {
                String outcome = segment.equals("CORE") ? "CORE_INSUFFICIENT" : "AVAILABLE";
                assertThat(api.post(Department.CSSC, "/api/forms/" + formId + "/points/" + point + "/segments/" + segment
                        + "/assessment", "{\"outcome\":\"" + outcome + "\",\"note\":\"" + note + "\"}").status())
                        .as(point + " " + segment).isEqualTo(200);
                lines.add("{\"pointId\":\"" + point + "\",\"segment\":\"" + segment + "\",\"route\":\"" + "路".repeat(200)
                        + "\",\"equipmentPort\":\"" + "p".repeat(100) + "\",\"bandwidthMbps\":100}");
            }
            assertThat(api.post(Department.ENG, "/api/forms/" + formId + "/points/" + point + "/engineering-reply",
                    "{\"projectApproved\":true,\"plannedInServiceDate\":\"" + today().plusDays(90) + "\",\"remarks\":\""
                            + "工".repeat(500) + "\"}").status()).as(point).isEqualTo(200);
        }
        Http.Response reply = api.post(Department.CSSC, "/api/forms/" + formId + "/reply",
                "{\"solutionSummary\":\"" + "方".repeat(4000) + "\",\"solutionLines\":[" + String.join(",", lines) + "]}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        Http.Response negotiated = api.post(Department.GCD, "/api/forms/" + formId + "/negotiation",
                "{\"outcome\":\"ACCEPTED\",\"note\":\"" + "洽".repeat(2000) + "\"}");
        assertThat(negotiated.status()).as(negotiated.body()).isEqualTo(200);

        JsonNode published = published(reader, formId, "NegotiationRecorded");
        assertThat(published.get("points")).hasSize(50);
        assertThat(published.at("/solution/lines")).hasSize(150);
    }

    @Test
    void art12_insufficientCore_isReferredToEngAndTheReplyWaitsForEngsPlannedDate() {
        String product = api.product(true);
        String formId = api.dispatchedAndReceived(product, 1);
        api.assessPoint(formId, "P1", "CORE_INSUFFICIENT", "AVAILABLE", "AVAILABLE", null);

        Http.Response early = api.reply(formId, "P1");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.header("Content-Type")).startsWith("application/problem+json");

        JsonNode inbox = Http.eventually(Duration.ofSeconds(30), () -> {
            JsonNode referrals = api.get(Department.ENG, "/api/referrals?limit=200").json();
            return referrals.findValuesAsText("formId").contains(formId) ? referrals : null;
        });
        assertThat(inbox.findValuesAsText("segment")).contains("CORE");
        JsonNode engForms = api.get(Department.ENG, "/api/forms/inbox?limit=200").json();
        assertThat(engForms.findValuesAsText("formId")).contains(formId);

        LocalDate planned = today().plusDays(60);
        Http.Response answer = api.engineeringReply(formId, "P1", true, planned);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        Http.Response reply = api.reply(formId, "P1");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);

        {
            JsonNode referred = published(reader, formId, "PointReferredToEngineering");
            assertThat(referred.at("/needs/0/outcome").asText()).isEqualTo("CORE_INSUFFICIENT");
            assertThat(referred.at("/request/customer/groupId").asText()).isEqualTo(PresaleClient.CUSTOMER_GROUP);
            JsonNode replied = published(reader, formId, "EngineeringReplied");
            assertThat(replied.get("openReferrals").asInt()).isZero();
            JsonNode confirmed = published(reader, formId, "ResourceConfirmed");
            assertThat(confirmed.at("/pointCounts/coreInsufficient").asInt()).isEqualTo(1);
            assertThat(confirmed.at("/points/0/engineering/plannedInServiceDate").asText())
                    .isEqualTo(planned.toString());
            assertThat(confirmed.at("/points/0/readyBy").asText()).isEqualTo(planned.toString());
        }
    }

    @Test
    void art13_oneOptimisableLastMilePoint_carriesItsReadyDateAndAPastDateIsRefused() {
        String product = api.product(true);
        String formId = api.dispatchedAndReceived(product, 1);
        Http.Response past = api.assess(formId, "P1", "LAST_MILE", "LAST_MILE_OPTIMIZABLE", today().minusDays(1));
        assertThat(past.status()).isEqualTo(422);
        assertThat(past.json().get("detail").asText()).contains(today().minusDays(1).toString());

        LocalDate ready = today().plusDays(7);
        api.assessPoint(formId, "P1", "AVAILABLE", "AVAILABLE", "LAST_MILE_OPTIMIZABLE", ready);
        Http.Response reply = api.reply(formId, "P1");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);

        JsonNode form = api.awaitForm(formId, status("REPLIED"));
        assertThat(form.get("awaiting").get(0).asText()).isEqualTo("GCD");
        assertThat(form.at("/points/0/capability/readyBy").asText()).isEqualTo(ready.toString());
        {
            JsonNode assessed = published(reader, formId, "SegmentAssessed"); // the core, found available
            assertThat(assessed.get("pointCounts").get("available").asInt()).isEqualTo(1);
            assertThat(assessed.get("pointCounts").get("lastMileOptimizable").asInt()).isZero();
            JsonNode confirmed = published(reader, formId, "ResourceConfirmed");
            assertThat(confirmed.at("/pointCounts/lastMileOptimizable").asInt()).isEqualTo(1);
            assertThat(confirmed.at("/points/0/readyBy").asText()).isEqualTo(ready.toString());
        }
    }

    @Test
    void art14_twoPointsNeedingABuild_engDeclinesOne_andTheCustomerRenegotiatesOnANewLinkedForm() {
        String product = api.product(true);
        String formId = api.dispatchedAndReceived(product, 2);
        api.assessPoint(formId, "P1", "AVAILABLE", "BUILD_REQUIRED", "AVAILABLE", null);
        api.assessPoint(formId, "P2", "AVAILABLE", "AVAILABLE", "BUILD_REQUIRED", null);
        JsonNode referred = api.awaitForm(formId, view -> view.get("openReferrals").asInt() == 2);
        assertThat(referred.get("awaiting").toString()).isEqualTo("[\"ENG\"]");

        assertThat(api.engineeringReply(formId, "P1", true, today().plusDays(90)).status()).isEqualTo(200);
        assertThat(api.engineeringReply(formId, "P2", false, null).status()).isEqualTo(200);
        Http.Response reply = api.reply(formId, "P1");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);

        Http.Response renegotiation = api.post(Department.GCD, "/api/forms/" + formId + "/negotiation",
                "{\"outcome\":\"RENEGOTIATE\",\"note\":\"客户改为单点接入\",\"newForm\":"
                        + PresaleClient.dispatchBody(product, null, 1) + "}");
        assertThat(renegotiation.status()).as(renegotiation.body()).isEqualTo(200);
        String newFormId = renegotiation.json().get("newFormId").asText();
        assertThat(newFormId).matches("RC-\\d{4}-\\d{6}").isNotEqualTo(formId);

        JsonNode newForm = api.awaitForm(newFormId, status("DISPATCHED"));
        assertThat(newForm.get("renegotiationOf").asText()).isEqualTo(formId);
        assertThat(api.awaitForm(formId, status("NEGOTIATED")).get("renegotiatedAs").asText()).isEqualTo(newFormId);

        {
            JsonNode confirmed = published(reader, formId, "ResourceConfirmed");
            assertThat(confirmed.at("/pointCounts/buildRequired").asInt()).isEqualTo(2);
            assertThat(confirmed.get("points").findValuesAsText("provisionable")).containsExactly("true", "false");
            JsonNode negotiated = published(reader, formId, "NegotiationRecorded");
            assertThat(negotiated.get("newFormId").asText()).isEqualTo(newFormId);
            JsonNode dispatched = published(reader, newFormId, "ConfirmationFormDispatched");
            assertThat(dispatched.get("renegotiationOf").asText()).isEqualTo(formId);
        }
    }

    @Test
    void art16_aRenegotiationWhoseNewFormIsInvalidChangesNothing() {
        String product = api.product(true);
        String formId = api.dispatchedAndReceived(product, 1);
        api.assessPoint(formId, "P1", "AVAILABLE", "AVAILABLE", "AVAILABLE", null);
        assertThat(api.reply(formId, "P1").status()).isEqualTo(200);

        Http.Response refused = api.post(Department.GCD, "/api/forms/" + formId + "/negotiation",
                "{\"outcome\":\"RENEGOTIATE\",\"newForm\":" + PresaleClient.dispatchBody(product, null, 0) + "}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsText("field")).containsExactly("newForm.accessPoints");

        Http.Response accepted = api.post(Department.GCD, "/api/forms/" + formId + "/negotiation",
                "{\"outcome\":\"ACCEPTED\"}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        JsonNode form = api.awaitForm(formId, status("NEGOTIATED"));
        assertThat(form.get("negotiationOutcome").asText()).isEqualTo("ACCEPTED");
        assertThat(form.get("renegotiatedAs").asText()).isEmpty();
    }

    @Test
    void art7_aTemplateIsCoDraftedReturnedValidatedByBothAndProductisedIntoTheLibraryGcdUses() {
        String product = api.product(false);
        Http.Response withoutTemplate = api.post(Department.GCD, "/api/forms",
                PresaleClient.dispatchBody(product, null, 1));
        assertThat(withoutTemplate.status()).isEqualTo(422);
        assertThat(withoutTemplate.json().get("detail").asText()).contains("第7条");

        Http.Response requested = api.post(Department.GCD, "/api/templates",
                "{\"productCode\":\"" + product + "\",\"need\":\"双路由互联网专线，99.99%可用\"}");
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        String templateId = requested.json().get("templateId").asText();
        assertThat(templateId).matches("TPL-\\d{4}-\\d{6}");
        String draft = "{\"title\":\"双路由互联网专线方案\",\"content\":\"核心双归，汇聚双上联\"}";
        assertThat(api.post(Department.CSSC, "/api/templates/" + templateId + "/drafts", draft).json()
                .get("version").asInt()).isEqualTo(1);
        assertThat(api.post(Department.CSSC, "/api/templates/" + templateId + "/drafts/1/return",
                "{\"reason\":\"自己不能退回自己的草稿\"}").status()).isEqualTo(409);
        assertThat(api.post(Department.GCD, "/api/templates/" + templateId + "/drafts/1/return",
                "{\"reason\":\"需补充末端保护方式\"}").status()).isEqualTo(200);
        assertThat(api.post(Department.CSSC, "/api/templates/" + templateId + "/drafts", draft).json()
                .get("version").asInt()).isEqualTo(2);
        assertThat(api.post(Department.GCD, "/api/templates/" + templateId + "/productisation", null).status())
                .isEqualTo(409);
        assertThat(api.post(Department.GCD, "/api/templates/" + templateId + "/drafts/2/validation", null).status())
                .isEqualTo(200);
        assertThat(api.post(Department.CSSC, "/api/templates/" + templateId + "/drafts/2/validation", null).status())
                .isEqualTo(200);
        Http.Response productised = api.post(Department.CSSC, "/api/templates/" + templateId + "/productisation", null);
        assertThat(productised.status()).as(productised.body()).isEqualTo(200);

        JsonNode library = api.awaitView(Department.GCD, "/api/templates/library?q=双路由&productCode=" + product,
                list -> list.findValuesAsText("templateId").contains(templateId));
        assertThat(library.get("items")).hasSize(1);
        JsonNode template = api.get(Department.GCD, "/api/templates/" + templateId).json();
        assertThat(template.get("history").findValuesAsText("event")).containsExactly("TemplateRequested",
                "TemplateDraftSubmitted", "TemplateDraftReturned", "TemplateDraftSubmitted", "TemplateValidated",
                "TemplateValidated", "TemplateProductised");

        Http.Response withTemplate = api.post(Department.GCD, "/api/forms",
                PresaleClient.dispatchBody(product, templateId, 1));
        assertThat(withTemplate.status()).as(withTemplate.body()).isEqualTo(201);

        {
            JsonNode requestedEvent = published(reader, templateId, "TemplateRequested");
            JsonNode productisedEvent = published(reader, templateId, "TemplateProductised");
            assertThat(productisedEvent.get("requestedAt").asText())
                    .isEqualTo(requestedEvent.get("requestedAt").asText());
            assertThat(productisedEvent.get("version").asInt()).isEqualTo(2);
        }
    }

    @Test
    void art7_aTemplateNotYetInTheLibraryCannotBeUsedOnAForm() {
        String product = api.product(false);
        String templateId = api.post(Department.GCD, "/api/templates",
                "{\"productCode\":\"" + product + "\",\"need\":\"视频专线\"}").json().get("templateId").asText();
        api.awaitView(Department.GCD, "/api/templates/" + templateId, view -> true);

        Http.Response refused = api.post(Department.GCD, "/api/forms",
                PresaleClient.dispatchBody(product, templateId, 1));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("detail").asText()).contains(templateId, "第7条");
    }

    @Test
    void art15_twoCsscUsersReplyingAtOnce_oneSucceedsTheOtherGets409() throws Exception {
        String product = api.product(true);
        String formId = api.dispatchedAndReceived(product, 1);
        api.assessPoint(formId, "P1", "AVAILABLE", "AVAILABLE", "AVAILABLE", null);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> replying = () -> api.reply(formId, "P1").status();
            List<Future<Integer>> replies = pool.invokeAll(List.of(replying, replying));
            assertThat(List.of(replies.get(0).get(), replies.get(1).get())).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        {
            published(reader, formId, "ResourceConfirmed");
            long confirmations = reader.drain(Duration.ofSeconds(2)).stream()
                    .filter(r -> formId.equals(r.key()) && r.value().getType().contains("ResourceConfirmed"))
                    .count();
            assertThat(confirmations).isEqualTo(1);
        }
    }

    @Test
    void art8_aWithdrawnFormCannotBeAssessed_409InChineseAndEnglish() {
        String product = api.product(true);
        String formId = api.dispatchedAndReceived(product, 1);
        assertThat(api.post(Department.GCD, "/api/forms/" + formId + "/withdrawal", "{\"reason\":\"客户取消需求\"}")
                .status()).isEqualTo(200);

        Http.Response chinese = api.assess(formId, "P1", "CORE", "AVAILABLE", null);
        Http.Response english = api.http.post("/api/forms/" + formId + "/points/P1/segments/CORE/assessment")
                .auth(PresaleClient.token(Department.CSSC)).header("Accept-Language", "en")
                .body("{\"outcome\":\"AVAILABLE\"}").send();

        assertThat(chinese.status()).isEqualTo(409);
        assertThat(chinese.header("Content-Type")).startsWith("application/problem+json");
        assertThat(chinese.json().get("detail").asText()).contains(formId, "撤销");
        assertThat(english.status()).isEqualTo(409);
        assertThat(english.json().get("detail").asText()).contains("withdrawn");
        assertThat(api.awaitForm(formId, status("WITHDRAWN")).get("withdrawalReason").asText()).isEqualTo("客户取消需求");
    }

    @Test
    void invalidFormsAreRefusedWithTheRuleAndNothingIsStored() {
        String product = api.product(true);
        Http.Response noPoints = api.post(Department.GCD, "/api/forms", PresaleClient.dispatchBody(product, null, 0));
        assertThat(noPoints.status()).isEqualTo(400);
        assertThat(noPoints.json().get("errors").findValuesAsText("field")).containsExactly("accessPoints");

        Http.Response unknownProduct = api.post(Department.GCD, "/api/forms",
                PresaleClient.dispatchBody("NO-SUCH-PRODUCT", null, 1));
        assertThat(unknownProduct.status()).isEqualTo(422);
        assertThat(unknownProduct.json().get("detail").asText()).contains("NO-SUCH-PRODUCT");

        String formId = api.dispatchedAndReceived(product, 1);
        assertThat(api.assess(formId, "P9", "CORE", "AVAILABLE", null).status()).isEqualTo(404);
        assertThat(api.assess(formId, "P1", "ROOF", "AVAILABLE", null).status()).isEqualTo(400);
        assertThat(api.assess(formId, "P1", "CORE", "LAST_MILE_OPTIMIZABLE", today().plusDays(3)).status())
                .isEqualTo(422);
        Http.Response early = api.reply(formId, "P1");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("detail").asText()).contains("P1");

        JsonNode form = api.awaitForm(formId, status("RECEIVED"));
        assertThat(form.get("history").findValuesAsText("event"))
                .containsExactly("ConfirmationFormDispatched", "ConfirmationFormReceived");
    }

    @Test
    void aCustomerSeesOnlyItsOwnForms_withoutTheNamesOfStaff() {
        String product = api.product(true);
        String formId = api.dispatchedAndReceived(product, 1);
        api.awaitForm(formId, status("RECEIVED"));

        JsonNode own = api.get(Department.CUSTOMER, "/api/forms/" + formId).json();
        assertThat(own.get("formId").asText()).isEqualTo(formId);
        assertThat(own.get("history").findValuesAsText("user")).containsOnly("");
        assertThat(own.get("history").findValuesAsText("department")).containsExactly("GCD", "CSSC");
        assertThat(api.get(Department.CUSTOMER, "/api/forms?limit=200").json().findValuesAsText("groupId"))
                .containsOnly(PresaleClient.CUSTOMER_GROUP);

        String otherCustomer = cn.cmcc.ah.gca.support.test.TestTokens.customer("5519999999");
        assertThat(api.http.get("/api/forms/" + formId).auth(otherCustomer).send().status()).isEqualTo(404);
        assertThat(api.http.get("/api/forms?limit=200").auth(otherCustomer).send().json()
                .findValuesAsText("formId")).doesNotContain(formId);
    }

    @Test
    void art35_anAdjustmentFormCarriesTheCircuitAndAdjustmentIds() {
        String product = api.product(true);
        String body = PresaleClient.dispatchBody(product, null, 1).replace("\"accessPoints\"",
                "\"adjustment\":{\"circuitId\":\"AH-HF-ZX-000881\",\"adjustmentId\":\"ADJ-2026-000007\"},"
                        + "\"accessPoints\"");
        Http.Response dispatched = api.post(Department.GCD, "/api/forms", body);
        assertThat(dispatched.status()).as(dispatched.body()).isEqualTo(201);
        String formId = dispatched.json().get("formId").asText();

        Http.Response halfLinked = api.post(Department.GCD, "/api/forms", PresaleClient.dispatchBody(product, null, 1)
                .replace("\"accessPoints\"", "\"adjustment\":{\"circuitId\":\"AH-HF-ZX-000881\"},\"accessPoints\""));
        assertThat(halfLinked.status()).isEqualTo(400);
        assertThat(halfLinked.json().get("code").asText()).isEqualTo("form-adjustment-incomplete");

        {
            JsonNode event = published(reader, formId, "ConfirmationFormDispatched");
            assertThat(event.at("/request/adjustment/partOfAdjustment").asBoolean()).isTrue();
            assertThat(event.at("/request/adjustment/circuitId").asText()).isEqualTo("AH-HF-ZX-000881");
            assertThat(event.at("/request/adjustment/adjustmentId").asText()).isEqualTo("ADJ-2026-000007");
        }
    }
}
