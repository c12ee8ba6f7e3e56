package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.presale.NetworkSolutionLine;
import cn.cmcc.ah.gca.events.presale.Segment;
import cn.cmcc.ah.gca.events.provisioning.DemandKind;
import cn.cmcc.ah.gca.events.provisioning.ActivationCompleted;
import cn.cmcc.ah.gca.events.provisioning.CircuitActivated;
import cn.cmcc.ah.gca.events.provisioning.CircuitAssignment;
import cn.cmcc.ah.gca.events.provisioning.DemandReplied;
import cn.cmcc.ah.gca.events.provisioning.StatusChangeConfirmed;
import cn.cmcc.ah.gca.events.provisioning.StatusChangeInfoPassed;
import cn.cmcc.ah.gca.events.provisioning.StatusChangeRequested;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static cn.cmcc.ah.gca.events.provisioning.WorkTarget.ACCESS_BACKBONE;
import static cn.cmcc.ah.gca.events.provisioning.WorkTarget.CORE;
import static cn.cmcc.ah.gca.events.provisioning.WorkTarget.CUSTOMER_SIDE;
import static cn.cmcc.ah.gca.events.provisioning.WorkTarget.LAST_MILE;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.*;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningTestData.*;
import static cn.cmcc.ah.gca.support.test.Refusals.forbidden;
import static cn.cmcc.ah.gca.support.test.Refusals.refusedWith;

/**
 * Art. 21: network activation and customer-side construction complete — each point becomes a circuit; CSSC passes
 * the status change information to each RMU, who confirm; CSSC replies to form 2.
 */
class CompletionTest {

    private static final List<CircuitAssignment> CIRCUITS = List.of(new CircuitAssignment("P1", "CL-2027-000001"),
            new CircuitAssignment("P2", "CL-2027-000002"));

    private AggregateTestFixture<DemandForm> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DemandForm.class);
        fixture.registerInjectableResource(numbers());
    }

    private static List<NetworkSolutionLine> linesOf(String pointId) {
        return Stream.of(Segment.values()).map(segment -> line(pointId, segment)).toList();
    }

    private static List<Object> workDoneOnBothPoints() {
        return steps(ready(mixed()), allWorkDone("P1", "P2"));
    }

    // --- activation ---

    @Test
    void art21_activationGivesEachPointItsCircuitAndActivatesTheCircuits() {
        fixture.givenCommands(workDoneOnBothPoints())
                .when(completeActivation())
                .expectEvents(new ActivationCompleted(FORM, DemandKind.ACTIVATION, CUSTOMER, CIRCUITS, AT),
                        new CircuitActivated("CL-2027-000001", CUSTOMER, PRODUCT, 100, P1, linesOf("P1"), FORM,
                                FORM_1, AT),
                        new CircuitActivated("CL-2027-000002", CUSTOMER, PRODUCT, 100, P2, linesOf("P2"), FORM,
                                FORM_1, AT));
    }

    @Test
    void art21_eachPointNeedsItsCoreBackboneLastMileAndCustomerSideWorkCompleted() {
        fixture.givenCommands(steps(ready(allAvailable()), issue("P1", CORE), complete(workOrder(1)),
                        issue("P1", ACCESS_BACKBONE), complete(workOrder(2)), issue("P1", LAST_MILE),
                        complete(workOrder(3))))
                .when(completeActivation())
                .expectException(refusedWith(ACTIVATION_WORK_MISSING, FORM, "P1", "CUSTOMER_SIDE"));
    }

    @Test
    void art21_aFailedWorkOrderIsNotDoneWork() {
        fixture.givenCommands(steps(ready(allAvailable()), issue("P1", CORE), complete(workOrder(1)),
                        issue("P1", ACCESS_BACKBONE), complete(workOrder(2)), issue("P1", LAST_MILE),
                        complete(workOrder(3)), issue("P1", CUSTOMER_SIDE), fail(workOrder(4))))
                .when(completeActivation())
                .expectException(refusedWith(ACTIVATION_WORK_MISSING, FORM, "P1", "CUSTOMER_SIDE"));
    }

    @Test
    void art21_noWorkOrderIsStillOpen() {
        fixture.givenCommands(steps(ready(mixed()), allWorkDone("P1"), issue("P2", CORE)))
                .when(completeActivation())
                .expectException(refusedWith(ACTIVATION_WORK_ORDER_OPEN, FORM, workOrder(5)));
    }

    @Test
    void art21_everyPointIsReadyFirst() {
        fixture.givenCommands(steps(accepted(mixed()), allWorkDone("P1")))
                .when(completeActivation())
                .expectException(refusedWith(POINT_BUILD_NOT_IN_SERVICE, FORM, "P2"));
    }

    @Test
    void art21_activationIsCompletedOnceAfterAcceptance() {
        fixture.givenCommands(activated(allAvailable()))
                .when(completeActivation())
                .expectException(refusedWith(ACTIVATION_ALREADY_COMPLETE, FORM));
        fixture.givenCommands(dispatch(allAvailable()))
                .when(completeActivation())
                .expectException(refusedWith(DEMAND_NOT_ACCEPTED, FORM));
    }

    // --- status change ---

    @Test
    void art21_csscPassesTheStatusChangeInformationToEachRmu() {
        fixture.givenCommands(activated(allAvailable()))
                .when(passInfo(RMU_ACCESS, RMU_CORE))
                .expectEvents(new StatusChangeInfoPassed(FORM, List.of(RMU_ACCESS, RMU_CORE), "端口状态改为在用", AT),
                        new StatusChangeRequested(FORM, RMU_ACCESS, FORM + "." + RMU_ACCESS, CUSTOMER, AT),
                        new StatusChangeRequested(FORM, RMU_CORE, FORM + "." + RMU_CORE, CUSTOMER, AT));
    }

    @Test
    void art21_theInformationFollowsTheActivationOnce() {
        fixture.givenCommands(workDoneOnBothPoints())
                .when(passInfo(RMU_ACCESS))
                .expectException(refusedWith(ACTIVATION_NOT_COMPLETE, FORM));
        fixture.givenCommands(steps(activated(allAvailable()), passInfo(RMU_ACCESS)))
                .when(passInfo(RMU_CORE))
                .expectException(refusedWith(STATUS_INFO_ALREADY_PASSED, FORM));
    }

    @Test
    void art21_theInformationGoesToDistinctValidUnits() {
        fixture.givenCommands(activated(allAvailable()))
                .when(passInfo())
                .expectException(refusedWith(STATUS_INFO_UNITS_REQUIRED, FORM));
        fixture.givenCommands(activated(allAvailable()))
                .when(passInfo(RMU_ACCESS, "rmu-core"))
                .expectException(refusedWith(STATUS_INFO_UNIT_INVALID, FORM, "rmu-core"));
        fixture.givenCommands(activated(allAvailable()))
                .when(passInfo(RMU_ACCESS, RMU_ACCESS))
                .expectException(refusedWith(STATUS_INFO_DUPLICATE_UNIT, FORM, RMU_ACCESS));
    }

    @Test
    void art21_eachRmuConfirmsItsStatusChangeOnce() {
        fixture.givenCommands(steps(activated(allAvailable()), passInfo(RMU_ACCESS, RMU_CORE)))
                .when(confirm(RMU_CORE))
                .expectEvents(new StatusChangeConfirmed(FORM, RMU_CORE, FORM + "." + RMU_CORE, "", AT));
        fixture.givenCommands(steps(activated(allAvailable()), passInfo(RMU_ACCESS, RMU_CORE), confirm(RMU_CORE)))
                .when(confirm(RMU_CORE))
                .expectException(refusedWith(STATUS_CHANGE_ALREADY_CONFIRMED, FORM, RMU_CORE));
    }

    @Test
    void art21_onlyAUnitTheInformationWentToConfirms() {
        fixture.givenCommands(steps(activated(allAvailable()), passInfo(RMU_ACCESS)))
                .when(confirm(RMU_CORE))
                .expectException(refusedWith(STATUS_CHANGE_UNIT_NOT_INFORMED, FORM, RMU_CORE));
        fixture.givenCommands(activated(allAvailable()))
                .when(confirm(RMU_CORE))
                .expectException(refusedWith(STATUS_INFO_NOT_PASSED, FORM));
    }

    // --- reply ---

    @Test
    void art21_csscRepliesOnceEveryUnitConfirmed() {
        fixture.givenCommands(steps(activated(allAvailable()), passInfo(RMU_ACCESS, RMU_CORE), confirm(RMU_ACCESS),
                        confirm(RMU_CORE)))
                .when(reply())
                .expectEvents(new DemandReplied(FORM, List.of(new CircuitAssignment("P1", "CL-2027-000001")),
                        "专线已开通，测试正常", AT));
    }

    @Test
    void art21_theReplyWaitsForEveryUnit() {
        fixture.givenCommands(steps(activated(allAvailable()), passInfo(RMU_ACCESS, RMU_CORE, "RMU-LAST-MILE"),
                        confirm(RMU_CORE)))
                .when(reply())
                .expectException(refusedWith(STATUS_CHANGES_OPEN, FORM, RMU_ACCESS + ", RMU-LAST-MILE"));
        fixture.givenCommands(activated(allAvailable()))
                .when(reply())
                .expectException(refusedWith(STATUS_INFO_NOT_PASSED, FORM));
    }

    @Test
    void art21_theReplyCarriesFeedbackAndIsGivenOnce() {
        fixture.givenCommands(steps(activated(allAvailable()), passInfo(RMU_ACCESS), confirm(RMU_ACCESS)))
                .when(new ReplyDemand(FORM, " ", Department.CSSC, AT))
                .expectException(refusedWith(REPLY_FEEDBACK_REQUIRED, FORM));
        fixture.givenCommands(replied(allAvailable()))
                .when(reply())
                .expectException(refusedWith(DEMAND_ALREADY_REPLIED, FORM));
    }

    @Test
    void art21_csscActivatesPassesAndRepliesEachRmuConfirms() {
        fixture.givenCommands(workDoneOnBothPoints())
                .when(new CompleteActivation(FORM, Department.GCD, AT))
                .expectException(forbidden(ProvisioningStep.COMPLETE_ACTIVATION, Department.GCD));
        fixture.givenCommands(activated(allAvailable()))
                .when(new PassStatusChangeInfo(FORM, List.of(RMU_ACCESS), "", Department.RMU, AT))
                .expectException(forbidden(ProvisioningStep.PASS_STATUS_INFO, Department.RMU));
        fixture.givenCommands(steps(activated(allAvailable()), passInfo(RMU_ACCESS)))
                .when(new ConfirmStatusChange(FORM, RMU_ACCESS, "", Department.CSSC, AT))
                .expectException(forbidden(ProvisioningStep.CONFIRM_STATUS_CHANGE, Department.CSSC));
        fixture.givenCommands(steps(activated(allAvailable()), passInfo(RMU_ACCESS), confirm(RMU_ACCESS)))
                .when(new ReplyDemand(FORM, "反馈", Department.GCD, AT))
                .expectException(forbidden(ProvisioningStep.REPLY_DEMAND, Department.GCD));
    }
}
