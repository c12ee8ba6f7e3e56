package cn.cmcc.ah.gca.decommission.command;

import cn.cmcc.ah.gca.decommission.command.StopForm.Status;
import cn.cmcc.ah.gca.events.decommission.StopFormDispatched;
import cn.cmcc.ah.gca.events.decommission.StopFormWithdrawn;
import cn.cmcc.ah.gca.events.presale.Segment;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.stream.Stream;

import static cn.cmcc.ah.gca.decommission.command.DecommissionRejection.*;
import static cn.cmcc.ah.gca.decommission.command.DecommissionTestData.*;
import static cn.cmcc.ah.gca.events.Department.GCD;
import static cn.cmcc.ah.gca.events.decommission.StopRequestType.PERMANENT_STOP;
import static cn.cmcc.ah.gca.events.decommission.StopRequestType.SUSPENSION;
import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.CONFLICT;
import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.INVALID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Decision (Art. 33): GCD withdraws a form 5 CSSC has not accepted yet, with a reason; its circuits are as before and
 * free for another form. Accepted, it runs to its end.
 */
@DisplayName("Art. 33 — withdrawing a form 5 (decision)")
class WithdrawalTest {

    private final CircuitLineStore lines = new CircuitLineStore();
    private AggregateTestFixture<StopForm> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(StopForm.class);
        fixture.registerInjectableResource(lines.lines());
    }

    @AfterEach
    void tearDown() {
        lines.close();
    }

    @Test
    @DisplayName("Art. 33 — GCD withdraws a form CSSC has not accepted; its circuits are let go untouched")
    void art33_gcdWithdrawsAFormNotAccepted() {
        fixture.givenCommands(dispatched(PERMANENT_STOP, CIRCUIT, SECOND_CIRCUIT))
                .when(withdraw())
                .expectEvents(new StopFormWithdrawn(FORM, PERMANENT_STOP, CUSTOMER, List.of(CIRCUIT, SECOND_CIRCUIT),
                        WITHDRAWAL_REASON, AT))
                .expectResultMessagePayload(standing(Status.WITHDRAWN, null, null));

        for (String circuit : List.of(CIRCUIT, SECOND_CIRCUIT)) {
            assertThat(lines.eventsOf(circuit)).as(circuit).containsExactly(
                    opened(circuit, FORM, PERMANENT_STOP, DISPATCHED_AT),
                    closed(circuit, FORM, AT));
        }
    }

    @Test
    @DisplayName("Art. 33 — the withdrawn form's circuits may be named by the next form")
    void art33_theWithdrawnFormsCircuitsMayBeNamedAgain() {
        fixture.givenCommands(dispatched(PERMANENT_STOP, CIRCUIT))
                .when(withdraw())
                .expectSuccessfulHandlerExecution();

        AggregateTestFixture<StopForm> next = new AggregateTestFixture<>(StopForm.class);
        next.registerInjectableResource(lines.lines());
        next.givenNoPriorActivity()
                .when(aStopForm(SUSPENSION, CIRCUIT).numbered(OTHER_FORM).dispatch())
                .expectEvents(new StopFormDispatched(OTHER_FORM, SUSPENSION, CUSTOMER, List.of(CIRCUIT), REASON,
                        REQUESTED_DATE, List.of(), null, DISPATCHED_AT));

        assertThat(lines.eventsOf(CIRCUIT)).endsWith(opened(CIRCUIT, OTHER_FORM, SUSPENSION, DISPATCHED_AT));
    }

    @ParameterizedTest(name = "Art. 33 — reason [{0}]")
    @NullAndEmptySource
    @ValueSource(strings = " ")
    @DisplayName("Art. 33 — the withdrawal gives its reason (400)")
    void art33_theWithdrawalGivesItsReason(String reason) {
        fixture.givenCommands(dispatched(PERMANENT_STOP, CIRCUIT))
                .when(new WithdrawStopForm(FORM, reason, GCD, AT))
                .expectNoEvents()
                .expectException(refused(WITHDRAWAL_REASON_REQUIRED, INVALID));
    }

    @Test
    @DisplayName("Art. 33 — the reason is kept without surrounding blanks")
    void art33_theReasonIsStripped() {
        fixture.givenCommands(dispatched(SUSPENSION, CIRCUIT))
                .when(new WithdrawStopForm(FORM, " " + WITHDRAWAL_REASON + " ", GCD, AT))
                .expectEvents(new StopFormWithdrawn(FORM, SUSPENSION, CUSTOMER, List.of(CIRCUIT), WITHDRAWAL_REASON,
                        AT));
    }

    @Test
    @DisplayName("Art. 33–34 — a form CSSC accepted is not withdrawn (409)")
    void art34_anAcceptedFormIsNotWithdrawn() {
        fixture.givenCommands(permanentStopAccepted())
                .when(withdraw())
                .expectNoEvents()
                .expectException(refused(FORM_ALREADY_ACCEPTED, CONFLICT, FORM));
    }

    static Stream<Object> stepsAfterWithdrawal() {
        return Stream.of(withdraw(), accept(), release(CIRCUIT, Segment.CORE), suspend(CIRCUIT),
                requestStatusChange(CORE_UNIT), confirmStatusChange(CORE_UNIT));
    }

    @ParameterizedTest(name = "Art. 33 — {0}")
    @MethodSource("stepsAfterWithdrawal")
    @DisplayName("Art. 33 — a withdrawn form takes no further step (409)")
    void art33_aWithdrawnFormTakesNoFurtherStep(Object step) {
        fixture.givenCommands(steps(dispatched(PERMANENT_STOP, CIRCUIT), withdraw()))
                .when(step)
                .expectNoEvents()
                .expectException(refused(FORM_WITHDRAWN, CONFLICT, FORM));
    }
}
