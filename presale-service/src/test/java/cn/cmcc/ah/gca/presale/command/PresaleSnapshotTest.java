package cn.cmcc.ah.gca.presale.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.presale.EngineeringReplied;
import cn.cmcc.ah.gca.events.presale.OutcomeCounts;
import cn.cmcc.ah.gca.events.presale.PointsPerOutcome;
import cn.cmcc.ah.gca.events.presale.PointReferredToEngineering;
import cn.cmcc.ah.gca.events.presale.ProductMaturityChanged;
import cn.cmcc.ah.gca.events.presale.ProductRegistered;
import cn.cmcc.ah.gca.events.presale.ResourceConfirmed;
import cn.cmcc.ah.gca.events.presale.SegmentAssessment;
import cn.cmcc.ah.gca.events.presale.TemplateDraftSubmitted;
import cn.cmcc.ah.gca.events.presale.TemplateRequested;
import cn.cmcc.ah.gca.events.presale.TemplateValidated;
import cn.cmcc.ah.gca.support.axon.SnapshotSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static cn.cmcc.ah.gca.events.presale.AssessmentOutcome.AVAILABLE;
import static cn.cmcc.ah.gca.events.presale.AssessmentOutcome.BUILD_REQUIRED;
import static cn.cmcc.ah.gca.events.presale.Segment.ACCESS_BACKBONE;
import static cn.cmcc.ah.gca.events.presale.Segment.CORE;
import static cn.cmcc.ah.gca.events.presale.Segment.LAST_MILE;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.FORM;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.P1;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.P2;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.PLANNED_IN_SERVICE;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.READY_DATE;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.aForm;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.allAvailableCapability;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.approved;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.assessed;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.capability;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.counts;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.defaultRequest;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.found;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.optimisable;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.received;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.solutionCovering;
import static cn.cmcc.ah.gca.presale.command.PresaleTestData.CONFIRMED_AT;
import static cn.cmcc.ah.gca.presale.command.PresaleTestData.ENG_REPLIED_AT;
import static cn.cmcc.ah.gca.presale.command.PresaleTestData.RECEIVED_AT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every pre-sale aggregate survives a snapshot (the service snapshots every 50 events): its whole state — maps of
 * records, enum sets, immutable collections — comes back equal, so a form reloaded from a snapshot decides as before.
 */
class PresaleSnapshotTest {

    private static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");

    private final Serializer serializer = SnapshotSerializer.create(new ObjectMapper().findAndRegisterModules());

    private <T> T roundTrip(T aggregate, String... expectedInJson) {
        SerializedObject<String> snapshot = serializer.serialize(aggregate, String.class);
        assertThat(snapshot.getData()).contains(expectedInJson);
        return serializer.deserialize(snapshot);
    }

    @Test
    void aFormMidwayThroughConfirmation_referralsAndCorrectionsIncluded() {
        ConfirmationForm form = new ConfirmationForm();
        form.on(aForm().event());
        form.on(received(2));
        for (SegmentAssessment assessment : List.of(found(CORE, AVAILABLE), found(ACCESS_BACKBONE, AVAILABLE),
                found(LAST_MILE, AVAILABLE))) {
            form.on(assessed("P1", assessment, false, counts(0, 0, 0, 0, 2)));
        }
        form.on(assessed("P2", found(CORE, AVAILABLE), false, counts(1, 0, 0, 0, 1)));
        form.on(assessed("P2", found(ACCESS_BACKBONE, BUILD_REQUIRED), false, counts(1, 0, 0, 1, 0)));
        form.on(assessed("P2", optimisable(READY_DATE), false, counts(1, 0, 0, 1, 0)));
        form.on(new PointReferredToEngineering(FORM, defaultRequest(), P2,
                List.of(found(ACCESS_BACKBONE, BUILD_REQUIRED)), RECEIVED_AT));
        form.on(new EngineeringReplied(FORM, "P2", approved(PLANNED_IN_SERVICE), 0, ENG_REPLIED_AT));

        ConfirmationForm restored = roundTrip(form, FORM, "BUILD_REQUIRED", PLANNED_IN_SERVICE.toString(), "ANSWERED");

        assertThat(restored).usingRecursiveComparison().isEqualTo(form);
    }

    @Test
    void aRepliedForm() {
        ConfirmationForm form = new ConfirmationForm();
        form.on(aForm().event());
        form.on(received(2));
        form.on(new ResourceConfirmed(FORM, defaultRequest(), List.of(allAvailableCapability(P1),
                capability(P2, BUILD_REQUIRED, false, "", ConfirmationForms.declined(), found(CORE, AVAILABLE),
                        found(ACCESS_BACKBONE, BUILD_REQUIRED), found(LAST_MILE, AVAILABLE))), solutionCovering("P1"), new OutcomeCounts(1, 0, 0, 1, 0),
                new PointsPerOutcome(2, 0, 0, 1, 0), RECEIVED_AT, CONFIRMED_AT));

        ConfirmationForm restored = roundTrip(form, "REPLIED", "provisionable");

        assertThat(restored).usingRecursiveComparison().isEqualTo(form);
    }

    @Test
    void aTemplateWithOneSideValidated() {
        SolutionTemplate template = new SolutionTemplate();
        template.on(new TemplateRequested("TPL-2026-000001", "VPDN", "移动VPDN", "双路由", AT));
        template.on(new TemplateDraftSubmitted("TPL-2026-000001", 1, "方案", "正文", Department.CSSC, AT));
        template.on(new TemplateValidated("TPL-2026-000001", 1, Department.GCD, false, AT));

        SolutionTemplate restored = roundTrip(template, "TPL-2026-000001", "DRAFT_SUBMITTED", "GCD");

        assertThat(restored).usingRecursiveComparison().isEqualTo(template);
    }

    @Test
    void aProduct() {
        Product product = new Product();
        product.on(new ProductRegistered("VPDN", "移动VPDN", false, AT));
        product.on(new ProductMaturityChanged("VPDN", "移动VPDN", true, "已规模商用", AT));

        Product restored = roundTrip(product, "VPDN", "移动VPDN");

        assertThat(restored).usingRecursiveComparison().isEqualTo(product);
    }
}
