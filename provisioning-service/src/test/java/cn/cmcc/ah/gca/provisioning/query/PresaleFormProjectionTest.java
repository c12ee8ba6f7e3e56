package cn.cmcc.ah.gca.provisioning.query;

import cn.cmcc.ah.gca.events.presale.AssessmentOutcome;
import cn.cmcc.ah.gca.events.presale.ConfirmationFormDispatched;
import cn.cmcc.ah.gca.events.presale.ConfirmationFormReceived;
import cn.cmcc.ah.gca.events.presale.ConfirmationFormWithdrawn;
import cn.cmcc.ah.gca.events.presale.EngineeringAnswer;
import cn.cmcc.ah.gca.events.presale.NegotiationOutcome;
import cn.cmcc.ah.gca.events.presale.NegotiationRecorded;
import cn.cmcc.ah.gca.events.presale.NetworkSolution;
import cn.cmcc.ah.gca.events.presale.OutcomeCounts;
import cn.cmcc.ah.gca.events.presale.PointCapability;
import cn.cmcc.ah.gca.events.presale.ResourceConfirmed;
import cn.cmcc.ah.gca.events.presale.Segment;
import cn.cmcc.ah.gca.events.presale.SegmentAssessment;
import cn.cmcc.ah.gca.events.provisioning.ProvisioningPath;
import cn.cmcc.ah.gca.provisioning.command.ConfirmedForm;
import cn.cmcc.ah.gca.provisioning.web.PresaleTopic;
import cn.cmcc.ah.gca.support.query.ViewStores;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Presale's form-1 events into provisioning's view of them, as plain objects: status, basis, idempotence. */
class PresaleFormProjectionTest {

    private static final String FORM = "RC-2026-000042";
    private static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");
    private static final List<PointCapability> POINTS = List.of(new PointCapability(PresaleTopic.P1,
            AssessmentOutcome.LAST_MILE_OPTIMIZABLE, true, "2026-04-01", List.of(
            new SegmentAssessment(Segment.CORE, AssessmentOutcome.AVAILABLE, "", ""),
            new SegmentAssessment(Segment.LAST_MILE, AssessmentOutcome.LAST_MILE_OPTIMIZABLE, "2026-04-01", "")),
            EngineeringAnswer.notReferred()));
    private static final NetworkSolution SOLUTION = new NetworkSolution("单路由", List.of());

    private MongoClient client;
    private PresaleFormQueries views;
    private PresaleFormProjection projection;

    @BeforeEach
    void setUp() {
        client = MongoClients.create(TestInfrastructure.embedded().mongoUri());
        views = new PresaleFormQueries(ViewStores.unfenced(client.getDatabase("presale-forms-" + UUID.randomUUID()),
                Jackson2ObjectMapperBuilder.json().build()));
        projection = new PresaleFormProjection(views);
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    private void dispatchedRepliedAndAccepted() {
        projection.on(new ConfirmationFormDispatched(FORM, PresaleTopic.request(PresaleTopic.CUSTOMER),
                List.of(PresaleTopic.P1), "", AT), 0);
        projection.on(new ConfirmationFormReceived(FORM, PresaleTopic.CUSTOMER, 1, AT.plusSeconds(60)), 1);
        // sequences 2 and 3: the two assessments, which say nothing of the form's standing
        projection.on(new ResourceConfirmed(FORM, PresaleTopic.request(PresaleTopic.CUSTOMER), POINTS, SOLUTION,
                new OutcomeCounts(0, 1, 0, 0, 0), null, AT.plusSeconds(60), AT.plusSeconds(120)), 4);
        projection.on(new NegotiationRecorded(FORM, NegotiationOutcome.ACCEPTED, "", "客户确认",
                PresaleTopic.request(PresaleTopic.CUSTOMER), POINTS, SOLUTION, AT.plusSeconds(180)), 5);
    }

    @Test
    void art16_anAcceptedFormIsTheBasisOfAForm2WithItsPointsAndSolution() {
        projection.on(new ConfirmationFormDispatched(FORM, PresaleTopic.request(PresaleTopic.CUSTOMER),
                List.of(PresaleTopic.P1), "", AT), 0);
        assertThat(views.confirmedForm(FORM).orElseThrow().status()).isEqualTo(ConfirmedForm.Status.IN_CONFIRMATION);

        dispatchedRepliedAndAccepted();

        ConfirmedForm basis = views.confirmedForm(FORM).orElseThrow();
        assertThat(basis.status()).isEqualTo(ConfirmedForm.Status.ACCEPTED);
        assertThat(basis.points()).isEqualTo(POINTS);
        assertThat(basis.solution()).isEqualTo(SOLUTION);
        assertThat(basis.request().customer()).isEqualTo(PresaleTopic.CUSTOMER);
        assertThat(PresaleFormQueries.pathOf(POINTS.get(0))).contains(ProvisioningPath.LAST_MILE_PROJECT);
        assertThat(views.confirmedForm("RC-2026-000043")).isEmpty();
    }

    @Test
    void aRedeliveredOrOlderEventDoesNotSetTheFormBack() {
        dispatchedRepliedAndAccepted();

        projection.on(new ConfirmationFormReceived(FORM, PresaleTopic.CUSTOMER, 1, AT.plusSeconds(60)), 1);
        projection.on(new ConfirmationFormWithdrawn(FORM, "客户取消", AT.plusSeconds(90)), 3);

        assertThat(views.confirmedForm(FORM).orElseThrow().status()).isEqualTo(ConfirmedForm.Status.ACCEPTED);
    }

    @Test
    void renegotiationNamesTheNewFormAndWithdrawalEndsIt() {
        projection.on(new ConfirmationFormDispatched(FORM, PresaleTopic.request(PresaleTopic.CUSTOMER),
                List.of(PresaleTopic.P1), "", AT), 0);
        projection.on(new ResourceConfirmed(FORM, PresaleTopic.request(PresaleTopic.CUSTOMER), POINTS, SOLUTION,
                new OutcomeCounts(0, 1, 0, 0, 0), null, AT, AT.plusSeconds(120)), 4);
        projection.on(new NegotiationRecorded(FORM, NegotiationOutcome.RENEGOTIATE, "RC-2026-000050", "",
                PresaleTopic.request(PresaleTopic.CUSTOMER), POINTS, SOLUTION, AT.plusSeconds(180)), 5);
        assertThat(views.confirmedForm(FORM).orElseThrow().renegotiatedAs()).isEqualTo("RC-2026-000050");

        projection.on(new ConfirmationFormWithdrawn("RC-2026-000051", "客户取消", AT), 2);
        assertThat(views.confirmedForm("RC-2026-000051").orElseThrow().status())
                .isEqualTo(ConfirmedForm.Status.WITHDRAWN);
    }
}
