package cn.cmcc.ah.gca.presale.query;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.MetadataKeys;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.events.presale.AccessPoint;
import cn.cmcc.ah.gca.events.presale.AdjustmentLink;
import cn.cmcc.ah.gca.events.presale.AssessmentOutcome;
import cn.cmcc.ah.gca.events.presale.ConfirmationFormDispatched;
import cn.cmcc.ah.gca.events.presale.ConfirmationFormReceived;
import cn.cmcc.ah.gca.events.presale.OutcomeCounts;
import cn.cmcc.ah.gca.events.presale.PointReferredToEngineering;
import cn.cmcc.ah.gca.events.presale.PointsPerOutcome;
import cn.cmcc.ah.gca.events.presale.ProductRef;
import cn.cmcc.ah.gca.events.presale.ResourceRequest;
import cn.cmcc.ah.gca.events.presale.Segment;
import cn.cmcc.ah.gca.events.presale.SegmentAssessed;
import cn.cmcc.ah.gca.events.presale.SegmentAssessment;
import cn.cmcc.ah.gca.presale.command.ConfirmationForm;
import cn.cmcc.ah.gca.support.query.HistoryEntry;
import cn.cmcc.ah.gca.support.query.PageRequest;
import cn.cmcc.ah.gca.support.query.ViewStores;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static cn.cmcc.ah.gca.events.presale.AssessmentOutcome.AVAILABLE;
import static cn.cmcc.ah.gca.events.presale.AssessmentOutcome.CORE_INSUFFICIENT;
import static cn.cmcc.ah.gca.events.presale.Segment.ACCESS_BACKBONE;
import static cn.cmcc.ah.gca.events.presale.Segment.CORE;
import static cn.cmcc.ah.gca.events.presale.Segment.LAST_MILE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The form-1 read model as a plain object on the embedded MongoDB-wire store: whose move it is, the history, and that
 * a re-delivered event or a full replay leaves the same view.
 */
class PresaleProjectionTest {

    private static final String FORM = "RC-2026-000042";
    private static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");
    private static final ResourceRequest REQUEST = new ResourceRequest(
            new CustomerRef("5510001234", "合肥某某科技有限公司", ServiceLevel.AA), new ProductRef("DIA", "互联网专线", ""),
            100, "2026-04-15", "李明", "王芳", "", AdjustmentLink.none());
    private static final AccessPoint P1 = new AccessPoint("P1", "合肥市蜀山区长江西路689号", "蜀山区");

    private final ObjectMapper mapper = Jackson2ObjectMapperBuilder.json().build();
    private MongoClient client;
    private PresaleQueries views;
    private PresaleProjection projection;
    private final List<GenericDomainEventMessage<?>> stream = new ArrayList<>();

    @BeforeEach
    void setUp() {
        client = MongoClients.create(TestInfrastructure.embedded().mongoUri());
        views = new PresaleQueries(ViewStores.unfenced(client.getDatabase("projection-" + UUID.randomUUID()), mapper));
        projection = new PresaleProjection(views);
        append("GCD", new ConfirmationFormDispatched(FORM, REQUEST, List.of(P1), "", AT));
        append("CSSC", new ConfirmationFormReceived(FORM, REQUEST.customer(), 1, AT.plusSeconds(60)));
        append("CSSC", assessed(CORE, CORE_INSUFFICIENT, new OutcomeCounts(0, 0, 1, 0, 0),
                new PointsPerOutcome(0, 0, 1, 0, 0)));
        append("CSSC", new PointReferredToEngineering(FORM, REQUEST, P1,
                List.of(new SegmentAssessment(CORE, CORE_INSUFFICIENT, "", "")), AT.plusSeconds(120)));
        append("CSSC", assessed(ACCESS_BACKBONE, AVAILABLE, new OutcomeCounts(0, 0, 1, 0, 0),
                new PointsPerOutcome(1, 0, 1, 0, 0)));
        append("CSSC", assessed(LAST_MILE, AVAILABLE, new OutcomeCounts(0, 0, 1, 0, 0),
                new PointsPerOutcome(1, 0, 1, 0, 0)));
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    private SegmentAssessed assessed(Segment segment, AssessmentOutcome outcome, OutcomeCounts counts,
                                     PointsPerOutcome perOutcome) {
        return new SegmentAssessed(FORM, "P1", new SegmentAssessment(segment, outcome, "", ""), false, counts,
                perOutcome, AT.plusSeconds(100));
    }

    private void append(String department, Object event) {
        stream.add(new GenericDomainEventMessage<>("ConfirmationForm", FORM, stream.size(), event,
                MetaData.from(Map.of(MetadataKeys.ACTING_DEPARTMENT, department,
                        MetadataKeys.ACTING_USER, department.toLowerCase() + "-user"))));
    }

    /** Hands an event to the projection the way the tracking processor's handler adapter would. */
    private void deliver(GenericDomainEventMessage<?> message) {
        Object payload = message.getPayload();
        long sequence = message.getSequenceNumber();
        if (payload instanceof ConfirmationFormDispatched e) {
            projection.on(e, message);
        } else if (payload instanceof ConfirmationFormReceived e) {
            projection.on(e, sequence, message);
        } else if (payload instanceof SegmentAssessed e) {
            projection.on(e, sequence, message);
        } else if (payload instanceof PointReferredToEngineering e) {
            projection.on(e, sequence, message);
        } else {
            throw new IllegalArgumentException(payload.getClass().getName());
        }
    }

    private String storedJson() throws Exception {
        return mapper.writeValueAsString(views.form(FORM).orElseThrow())
                + mapper.writeValueAsString(views.openReferrals(PageRequest.first(10)))
                + mapper.writeValueAsString(views.forms(Optional.empty(), Optional.empty(), Optional.empty(),
                PageRequest.first(10)));
    }

    @Test
    void art12_withEveryPointAssessedAndAReferralOpen_itIsEngsMoveAlone() {
        stream.forEach(this::deliver);

        ConfirmationFormView view = views.form(FORM).orElseThrow();
        assertThat(view.status).isEqualTo(ConfirmationForm.Status.RECEIVED);
        assertThat(view.awaiting).containsExactly(Department.ENG);
        assertThat(view.openReferrals).isEqualTo(1);
        assertThat(view.points.get(0).segments).hasSize(3);
        assertThat(view.pointCounts).isEqualTo(new OutcomeCounts(0, 0, 1, 0, 0));
        assertThat(view.pointsPerOutcome).isEqualTo(new PointsPerOutcome(1, 0, 1, 0, 0));
        assertThat(view.history).extracting(HistoryEntry::department)
                .containsExactly(Department.GCD, Department.CSSC, Department.CSSC, Department.CSSC, Department.CSSC,
                        Department.CSSC);
        assertThat(view.history.get(2).details()).containsEntry("outcome", "CORE_INSUFFICIENT");
        assertThat(views.openReferrals(PageRequest.first(10)).items()).extracting(referral -> referral.formId)
                .containsExactly(FORM);
        assertThat(views.inbox(Department.ENG, PageRequest.first(10)).items())
                .extracting(form -> form.formId).containsExactly(FORM);
        assertThat(views.inbox(Department.CSSC, PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void whileAPointIsUnassessed_itIsCsscsMoveAsWell() {
        stream.subList(0, 4).forEach(this::deliver);

        assertThat(views.form(FORM).orElseThrow().awaiting).containsExactly(Department.CSSC, Department.ENG);
    }

    @Test
    void aReDeliveredEventChangesNothing() throws Exception {
        stream.forEach(this::deliver);
        String once = storedJson();

        deliver(stream.get(0));
        deliver(stream.get(2));
        deliver(stream.get(5));

        assertThat(storedJson()).isEqualTo(once);
        assertThat(views.form(FORM).orElseThrow().history).hasSize(6);
    }

    @Test
    void aReplayFromTheFirstEventRebuildsTheSameView() throws Exception {
        stream.forEach(this::deliver);
        String before = storedJson();

        projection.reset();
        assertThat(views.form(FORM)).isEmpty();
        stream.forEach(this::deliver);

        assertThat(storedJson()).isEqualTo(before);
    }
}
