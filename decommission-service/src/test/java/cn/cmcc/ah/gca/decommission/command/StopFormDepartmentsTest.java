package cn.cmcc.ah.gca.decommission.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.decommission.AdjustmentClassification;
import cn.cmcc.ah.gca.events.presale.Segment;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Optional;

import static cn.cmcc.ah.gca.decommission.command.DecommissionTestData.*;
import static cn.cmcc.ah.gca.events.decommission.StopRequestType.PERMANENT_STOP;
import static cn.cmcc.ah.gca.events.decommission.StopRequestType.RESUME;
import static cn.cmcc.ah.gca.events.decommission.StopRequestType.SUSPENSION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who takes each step of a form 5 is {@link DecommissionStep}'s table: GCD dispatches, requests adjustments and
 * withdraws (Art. 33, 35); CSSC accepts, releases, stops and restores last miles and passes the status change
 * (Art. 34, 36–37); the resource management units confirm it (Art. 34). Anyone else is refused (403), and nothing
 * happens to the form or its circuits.
 */
@DisplayName("Art. 33–37 — each step of a form 5 is taken by the department the source gives it to (403)")
class StopFormDepartmentsTest {

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

    @ParameterizedTest(name = "Art. 33 — {0} does not dispatch")
    @EnumSource(value = Department.class, mode = EnumSource.Mode.EXCLUDE, names = "GCD")
    @DisplayName("Art. 33 — only GCD dispatches a form 5")
    void art33_onlyGcdDispatches(Department department) {
        fixture.givenNoPriorActivity()
                .when(aStopForm(PERMANENT_STOP, CIRCUIT).by(department).dispatch())
                .expectNoEvents()
                .expectException(notAllowed(DecommissionStep.DISPATCH_STOP_FORM, department));

        assertThat(lines.eventsOf(CIRCUIT)).isEmpty();
    }

    @ParameterizedTest(name = "Art. 35 — {0} does not request an adjustment")
    @EnumSource(value = Department.class, mode = EnumSource.Mode.EXCLUDE, names = "GCD")
    @DisplayName("Art. 35 — only GCD requests an adjustment")
    void art35_onlyGcdRequestsAnAdjustment(Department department) {
        RequestAdjustment request = requestAdjustment();
        fixture.givenNoPriorActivity()
                .when(new RequestAdjustment(request.formId(), request.circuitId(), request.known(), request.reason(),
                        request.requestedDate(), false, null, department, DISPATCHED_AT))
                .expectNoEvents()
                .expectException(notAllowed(DecommissionStep.REQUEST_ADJUSTMENT, department));

        assertThat(lines.eventsOf(CIRCUIT)).isEmpty();
    }

    @ParameterizedTest(name = "Art. 34 — {0} does not accept")
    @EnumSource(value = Department.class, mode = EnumSource.Mode.EXCLUDE, names = "CSSC")
    @DisplayName("Art. 34 — only CSSC accepts a form 5")
    void art34_onlyCsscAccepts(Department department) {
        fixture.givenCommands(dispatched(PERMANENT_STOP, CIRCUIT))
                .when(acceptBy(department))
                .expectNoEvents()
                .expectException(notAllowed(DecommissionStep.ACCEPT_STOP_FORM, department));
    }

    @ParameterizedTest(name = "Art. 36–37 — {0} does not classify")
    @EnumSource(value = Department.class, mode = EnumSource.Mode.EXCLUDE, names = "CSSC")
    @DisplayName("Art. 36–37 — only CSSC accepts and classifies an adjustment")
    void art36_onlyCsscClassifies(Department department) {
        fixture.givenCommands(requestAdjustment())
                .when(new AcceptStopForm(ADJUSTMENT_FORM, AdjustmentClassification.RE_ALLOCATION, NOTE, department,
                        ACCEPTED_AT))
                .expectNoEvents()
                .expectException(notAllowed(DecommissionStep.ACCEPT_STOP_FORM, department));
    }

    @ParameterizedTest(name = "Art. 34 — {0} does not release")
    @EnumSource(value = Department.class, mode = EnumSource.Mode.EXCLUDE, names = "CSSC")
    @DisplayName("Art. 34 — only CSSC releases resources")
    void art34_onlyCsscReleases(Department department) {
        fixture.givenCommands(steps(permanentStopAccepted(), release(CIRCUIT, Segment.CORE),
                        release(CIRCUIT, Segment.ACCESS_BACKBONE)))
                .when(new ReleaseResource(FORM, CIRCUIT, Segment.LAST_MILE, RELEASE_NOTE, department, AT))
                .expectNoEvents()
                .expectException(notAllowed(DecommissionStep.RELEASE_RESOURCE, department));

        assertThat(lines.eventsOf(CIRCUIT)).as("the circuit is not stopped")
                .containsExactly(opened(CIRCUIT, FORM, PERMANENT_STOP, DISPATCHED_AT));
    }

    @ParameterizedTest(name = "Art. 34 — {0} does not stop a last mile")
    @EnumSource(value = Department.class, mode = EnumSource.Mode.EXCLUDE, names = "CSSC")
    @DisplayName("Art. 34 — only CSSC stops a last mile")
    void art34_onlyCsscSuspends(Department department) {
        fixture.givenCommands(accepted(SUSPENSION, CIRCUIT))
                .when(new SuspendLastMile(FORM, CIRCUIT, NOTE, department, AT))
                .expectNoEvents()
                .expectException(notAllowed(DecommissionStep.SUSPEND_LAST_MILE, department));
    }

    @ParameterizedTest(name = "Art. 32–34 — {0} does not restore a last mile")
    @EnumSource(value = Department.class, mode = EnumSource.Mode.EXCLUDE, names = "CSSC")
    @DisplayName("Art. 32–34 — only CSSC restores a last mile")
    void art32_onlyCsscRestores(Department department) {
        lines.given(CIRCUIT, suspendedEarlier(CIRCUIT));

        fixture.givenCommands(accepted(RESUME, CIRCUIT))
                .when(new RestoreLastMile(FORM, CIRCUIT, NOTE, department, AT))
                .expectNoEvents()
                .expectException(notAllowed(DecommissionStep.RESTORE_LAST_MILE, department));
    }

    @ParameterizedTest(name = "Art. 34 — {0} does not pass the status change")
    @EnumSource(value = Department.class, mode = EnumSource.Mode.EXCLUDE, names = "CSSC")
    @DisplayName("Art. 34 — only CSSC passes the status change to the units")
    void art34_onlyCsscPassesTheStatusChange(Department department) {
        fixture.givenCommands(allReleased())
                .when(new RequestStatusChange(FORM, List.of(CORE_UNIT), UNITS, department, AT))
                .expectNoEvents()
                .expectException(notAllowed(DecommissionStep.REQUEST_STATUS_CHANGE, department));
    }

    @ParameterizedTest(name = "Art. 34 — {0} does not confirm a status change")
    @EnumSource(value = Department.class, mode = EnumSource.Mode.EXCLUDE, names = "RMU")
    @DisplayName("Art. 34 — only a resource management unit confirms its status change")
    void art34_onlyAUnitConfirms(Department department) {
        fixture.givenCommands(statusChangeRequested())
                .when(new ConfirmStatusChange(FORM, CORE_UNIT, NOTE, Optional.empty(), department, AT))
                .expectNoEvents()
                .expectException(notAllowed(DecommissionStep.CONFIRM_STATUS_CHANGE, department));
    }

    @ParameterizedTest(name = "Art. 33 — {0} does not withdraw")
    @EnumSource(value = Department.class, mode = EnumSource.Mode.EXCLUDE, names = "GCD")
    @DisplayName("Art. 33 — only GCD withdraws a form 5")
    void art33_onlyGcdWithdraws(Department department) {
        fixture.givenCommands(dispatched(PERMANENT_STOP, CIRCUIT))
                .when(new WithdrawStopForm(FORM, WITHDRAWAL_REASON, department, AT))
                .expectNoEvents()
                .expectException(notAllowed(DecommissionStep.WITHDRAW_STOP_FORM, department));

        assertThat(lines.eventsOf(CIRCUIT)).as("the circuit is still held")
                .containsExactly(opened(CIRCUIT, FORM, PERMANENT_STOP, DISPATCHED_AT));
    }

    @Test
    @DisplayName("Art. 33 — a step without a department is refused")
    void art33_aStepWithoutADepartmentIsRefused() {
        fixture.givenNoPriorActivity()
                .when(aStopForm(PERMANENT_STOP, CIRCUIT).by(null).dispatch())
                .expectNoEvents()
                .expectException(notAllowed(DecommissionStep.DISPATCH_STOP_FORM, null));
    }
}
