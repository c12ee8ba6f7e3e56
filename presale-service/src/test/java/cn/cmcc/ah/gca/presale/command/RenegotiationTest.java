package cn.cmcc.ah.gca.presale.command;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.events.presale.AccessPoint;
import cn.cmcc.ah.gca.events.presale.ConfirmationFormDispatched;
import cn.cmcc.ah.gca.events.presale.NegotiationRecorded;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.cmcc.ah.gca.support.test.Refusals.refusedWith;
import static cn.cmcc.ah.gca.events.presale.NegotiationOutcome.RENEGOTIATE;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.FORM;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.NEXT_FORM;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.P1;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.P2;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.SHUSHAN;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.aForm;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.allAvailable;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.allAvailableCapability;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.defaultRequest;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.receive;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.replyCovering;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.solutionCovering;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.steps;
import static cn.cmcc.ah.gca.presale.command.PresaleTestData.DISPATCHED_AT;
import static cn.cmcc.ah.gca.presale.command.PresaleTestData.NEGOTIATED_AT;
import static cn.cmcc.ah.gca.presale.command.Rejections.forbidden;
import static org.assertj.core.api.Assertions.assertThat;

/** Art. 16 renegotiation: the replied form is closed and the new form 1 opened in one step, or neither. */
class RenegotiationTest {

    private AggregateTestFixture<ConfirmationForm> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ConfirmationForm.class);
    }

    private static List<Object> replied() {
        return steps(aForm().command(), receive(), allAvailable("P1"), allAvailable("P2"), replyCovering("P1", "P2"));
    }

    /** The new form as GCD fills it in: one point, whatever it says it renegotiates. */
    private static DispatchConfirmationForm newForm(ConfirmationForms.Dispatch dispatch) {
        DispatchConfirmationForm form = dispatch.withPoints(SHUSHAN).renegotiating("RC-1999-000001").command();
        return new DispatchConfirmationForm(NEXT_FORM, form.customer(), form.productCode(), form.productName(),
                form.productMature(), form.templateId(), form.bandwidthMbps(), form.requestedDate(),
                form.accountManager(), form.contact(), form.remarks(), form.accessPoints(), form.adjustedCircuitId(),
                form.adjustmentId(), form.renegotiationOf(), form.actingDepartment(), form.today(),
                form.dispatchedAt());
    }

    private static RenegotiateConfirmationForm renegotiate(DispatchConfirmationForm newForm, Department by) {
        return new RenegotiateConfirmationForm(FORM, "客户改为单点接入", newForm, by, NEGOTIATED_AT);
    }

    /**
     * Art. 16 on a real Axon configuration: {@link AggregateTestFixture} follows one aggregate, and this step writes to
     * two.
     */
    @Test
    void art16_recordsRenegotiateAndDispatchesTheNewFormLinkedToThisOne() {
        Configuration axon = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(ConfirmationForm.class)
                .buildConfiguration();
        axon.start();
        try {
            replied().forEach(command -> axon.commandGateway().sendAndWait(command));
            axon.commandGateway().sendAndWait(renegotiate(newForm(aForm()), Department.GCD));

            List<Object> oldForm = payloads(axon, FORM);
            assertThat(oldForm.get(oldForm.size() - 1)).isEqualTo(
                    new NegotiationRecorded(FORM, RENEGOTIATE, NEXT_FORM, "客户改为单点接入", defaultRequest(),
                            List.of(allAvailableCapability(P1), allAvailableCapability(P2)),
                            solutionCovering("P1", "P2"), NEGOTIATED_AT));
            assertThat(payloads(axon, NEXT_FORM)).containsExactly(new ConfirmationFormDispatched(NEXT_FORM,
                    defaultRequest(), List.of(new AccessPoint("P1", P1.address(), P1.district())), FORM,
                    DISPATCHED_AT));
        } finally {
            axon.shutdown();
        }
    }

    private static List<Object> payloads(Configuration axon, String aggregateId) {
        return axon.eventStore().readEvents(aggregateId).asStream().map(event -> (Object) event.getPayload()).toList();
    }

    @Test
    void art16_anInvalidNewFormLeavesTheRepliedFormAsItWas() {
        fixture.givenCommands(replied())
                .when(renegotiate(newForm(aForm().withBandwidth(0)), Department.GCD))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.FORM_BANDWIDTH_INVALID));
    }

    @Test
    void art16_aRenegotiationIsForTheSameCustomer() {
        CustomerRef another = new CustomerRef("5510009999", "另一家集团", ServiceLevel.A);
        fixture.givenCommands(replied())
                .when(renegotiate(newForm(aForm().forCustomer(another)), Department.GCD))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.FORM_RENEGOTIATION_OTHER_CUSTOMER));
    }

    @Test
    void art16_onlyAReplyCanBeRenegotiated() {
        fixture.givenCommands(steps(aForm().command(), receive()))
                .when(renegotiate(newForm(aForm()), Department.GCD))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.FORM_NOT_REPLIED));
    }

    @Test
    void art16_onlyGcdRenegotiates() {
        fixture.givenCommands(replied())
                .when(renegotiate(newForm(aForm()), Department.CSSC))
                .expectNoEvents()
                .expectException(forbidden("Art. 16", Department.GCD));
    }

    @Test
    void art16_refusesANewFormNumberedLikeTheFormItRenegotiates() {
        DispatchConfirmationForm sameNumber = newForm(aForm()).numbered(FORM, "");
        fixture.givenCommands(replied())
                .when(renegotiate(sameNumber, Department.GCD))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.FORM_NEW_FORM_REQUIRED));
    }

    /** AggregateTestFixture sees both aggregates of the step: the outcome and the new form, in one unit of work. */
    @Test
    void art16_recordsRenegotiateAndCreatesTheNewFormInOneStep() {
        fixture.givenCommands(replied())
                .when(renegotiate(newForm(aForm()), Department.GCD))
                .expectEvents(
                        new NegotiationRecorded(FORM, RENEGOTIATE, NEXT_FORM, "客户改为单点接入", defaultRequest(),
                                List.of(allAvailableCapability(P1), allAvailableCapability(P2)),
                                solutionCovering("P1", "P2"), NEGOTIATED_AT),
                        new ConfirmationFormDispatched(NEXT_FORM, defaultRequest(),
                                List.of(new AccessPoint("P1", P1.address(), P1.district())), FORM, DISPATCHED_AT));
    }

    @Test
    void art16_aRenegotiationNeedsTheNewForm() {
        fixture.givenCommands(replied())
                .when(renegotiate(null, Department.GCD))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.FORM_NEW_FORM_REQUIRED));
    }
}
