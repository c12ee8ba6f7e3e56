package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.provisioning.WorkOrderCompleted;
import cn.cmcc.ah.gca.events.provisioning.WorkOrderFailed;
import cn.cmcc.ah.gca.events.provisioning.WorkOrderIssued;
import cn.cmcc.ah.gca.events.provisioning.WorkOrderType;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static cn.cmcc.ah.gca.events.provisioning.WorkTarget.ACCESS_BACKBONE;
import static cn.cmcc.ah.gca.events.provisioning.WorkTarget.CORE;
import static cn.cmcc.ah.gca.events.provisioning.WorkTarget.CUSTOMER_SIDE;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.*;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningTestData.*;
import static cn.cmcc.ah.gca.support.test.Refusals.forbidden;
import static cn.cmcc.ah.gca.support.test.Refusals.refusedWith;

/** Art. 18–20: form 3 work orders — issued per point and target, completed or failed, a failed one reissued. */
class WorkOrderTest {

    private AggregateTestFixture<DemandForm> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DemandForm.class);
        fixture.registerInjectableResource(numbers());
    }

    private static WorkOrderIssued issued(int number, String pointId, cn.cmcc.ah.gca.events.provisioning.WorkTarget target,
                                          String reissueOf) {
        return new WorkOrderIssued(FORM, workOrder(number), WorkOrderType.ACTIVATION, pointId, target, "合肥分公司传输班",
                WORK_PLANNED_DATE, "按方案开通", reissueOf, AT);
    }

    @Test
    void art18_workOrdersAreNumberedInTheOrderIssued() {
        fixture.givenCommands(steps(ready(mixed()), issue("P1", CORE), issue("P2", CORE)))
                .when(issue("P1", CUSTOMER_SIDE))
                .expectEvents(issued(3, "P1", CUSTOMER_SIDE, ""));
    }

    @Test
    void art18_csscRecordsAWorkOrderCompleted() {
        fixture.givenCommands(steps(ready(allAvailable()), issue("P1", CORE)))
                .when(complete(workOrder(1)))
                .expectEvents(new WorkOrderCompleted(FORM, workOrder(1), "P1", CORE, "2027-05-08", "开通正常", AT));
    }

    @Test
    void art18_csscRecordsAWorkOrderFailedAndReissuesIt() {
        fixture.givenCommands(steps(ready(allAvailable()), issue("P1", CORE)))
                .when(fail(workOrder(1)))
                .expectEvents(new WorkOrderFailed(FORM, workOrder(1), "P1", CORE, "楼内管道堵塞", AT));
        fixture.givenCommands(steps(ready(allAvailable()), issue("P1", CORE), fail(workOrder(1))))
                .when(reissue("P1", CORE, workOrder(1)))
                .expectEvents(issued(2, "P1", CORE, workOrder(1)));
    }

    @Test
    void art18_oneOpenWorkOrderPerPointAndTarget() {
        fixture.givenCommands(steps(ready(allAvailable()), issue("P1", CORE)))
                .when(issue("P1", CORE))
                .expectException(refusedWith(WORK_ORDER_ALREADY_OPEN, FORM, "P1", "CORE", workOrder(1)));
    }

    @Test
    void art18_workThatIsDoneIsNotOrderedAgain() {
        fixture.givenCommands(steps(ready(allAvailable()), issue("P1", CORE), complete(workOrder(1))))
                .when(issue("P1", CORE))
                .expectException(refusedWith(WORK_ORDER_TARGET_DONE, FORM, "P1", "CORE", workOrder(1)));
    }

    @Test
    void art18_aNewOrderForFailedWorkSaysItReissuesTheFailedOne() {
        fixture.givenCommands(steps(ready(allAvailable()), issue("P1", CORE), fail(workOrder(1))))
                .when(issue("P1", CORE))
                .expectException(refusedWith(WORK_ORDER_REISSUE_REQUIRED, FORM, "P1", "CORE", workOrder(1)));
    }

    @Test
    void art18_onlyAFailedOrderOfTheSameWorkIsReissuedAndOnlyOnce() {
        fixture.givenCommands(ready(allAvailable()))
                .when(reissue("P1", CORE, workOrder(7)))
                .expectException(refusedWith(WORK_ORDER_REISSUE_UNKNOWN, FORM, workOrder(7)));
        fixture.givenCommands(steps(ready(allAvailable()), issue("P1", CORE), fail(workOrder(1))))
                .when(reissue("P1", ACCESS_BACKBONE, workOrder(1)))
                .expectException(refusedWith(WORK_ORDER_REISSUE_OTHER_WORK, FORM, workOrder(1)));
        fixture.givenCommands(steps(ready(allAvailable()), issue("P1", CORE), complete(workOrder(1)),
                        issue("P1", ACCESS_BACKBONE)))
                .when(reissue("P1", ACCESS_BACKBONE, workOrder(2)))
                .expectException(refusedWith(WORK_ORDER_ALREADY_OPEN, FORM, "P1", "ACCESS_BACKBONE", workOrder(2)));
        fixture.givenCommands(steps(ready(mixed()), issue("P1", CORE), fail(workOrder(1)),
                        reissue("P1", CORE, workOrder(1)), fail(workOrder(2))))
                .when(reissue("P1", CORE, workOrder(1)))
                .expectException(refusedWith(WORK_ORDER_ALREADY_REISSUED, FORM, workOrder(1), workOrder(2)));
    }

    @Test
    void art18_aReissueIsOfTheSameWorkAndWorkDoneByAReissueIsDone() {
        fixture.givenCommands(steps(ready(allAvailable()), issue("P1", CORE), complete(workOrder(1)),
                        issue("P1", ACCESS_BACKBONE), fail(workOrder(2))))
                .when(reissue("P1", ACCESS_BACKBONE, workOrder(1)))
                .expectException(refusedWith(WORK_ORDER_REISSUE_OTHER_WORK, FORM, workOrder(1)));
        fixture.givenCommands(steps(ready(allAvailable()), issue("P1", CORE), fail(workOrder(1)),
                        reissue("P1", CORE, workOrder(1)), complete(workOrder(2))))
                .when(reissue("P1", CORE, workOrder(2)))
                .expectException(refusedWith(WORK_ORDER_TARGET_DONE, FORM, "P1", "CORE", workOrder(2)));
    }

    @Test
    void art18_aWorkOrderNamesItsTargetAssigneeAndPlannedDate() {
        fixture.givenCommands(ready(allAvailable()))
                .when(issue("P1", null))
                .expectException(refusedWith(WORK_ORDER_TARGET_REQUIRED, FORM, "P1"));
        fixture.givenCommands(ready(allAvailable()))
                .when(new IssueWorkOrder(FORM, "P1", CORE, " ", WORK_PLANNED_DATE, "", null, Department.CSSC, AT))
                .expectException(refusedWith(WORK_ORDER_ASSIGNEE_REQUIRED, FORM, "P1"));
        fixture.givenCommands(ready(allAvailable()))
                .when(new IssueWorkOrder(FORM, "P1", CORE, "传输班", "2027/05/10", "", null, Department.CSSC, AT))
                .expectException(refusedWith(WORK_ORDER_PLANNED_DATE_INVALID, FORM, "2027/05/10"));
    }

    /** The planned date is compared with the day the order is issued, in Anhui. */
    @Test
    void art18_aWorkOrderIsNotPlannedInThePast() {
        fixture.givenCommands(ready(allAvailable()))
                .when(new IssueWorkOrder(FORM, "P1", CORE, "传输班", "2027-03-01", "", null, Department.CSSC,
                        Instant.parse("2027-03-01T16:30:00Z")))
                .expectException(refusedWith(WORK_ORDER_PLANNED_DATE_IN_PAST, FORM, "2027-03-01"));
    }

    @Test
    void art18_aWorkOrderIsForAPointOfTheForm() {
        fixture.givenCommands(ready(allAvailable()))
                .when(issue("P3", CORE))
                .expectException(refusedWith(POINT_NOT_FOUND, FORM, "P3"));
    }

    @Test
    void art18_onlyAnOpenWorkOrderIsCompletedOrFailed() {
        fixture.givenCommands(steps(ready(allAvailable()), issue("P1", CORE), complete(workOrder(1))))
                .when(complete(workOrder(1)))
                .expectException(refusedWith(WORK_ORDER_NOT_OPEN, FORM, workOrder(1)));
        fixture.givenCommands(steps(ready(allAvailable()), issue("P1", CORE), fail(workOrder(1))))
                .when(fail(workOrder(1)))
                .expectException(refusedWith(WORK_ORDER_NOT_OPEN, FORM, workOrder(1)));
        fixture.givenCommands(ready(allAvailable()))
                .when(complete(workOrder(1)))
                .expectException(refusedWith(WORK_ORDER_NOT_FOUND, FORM, workOrder(1)));
    }

    @Test
    void art18_aCompletionHasItsDateAndResultAFailureItsReason() {
        fixture.givenCommands(steps(ready(allAvailable()), issue("P1", CORE)))
                .when(new CompleteWorkOrder(FORM, workOrder(1), "", "正常", Department.CSSC, AT))
                .expectException(refusedWith(WORK_ORDER_ACTUAL_DATE_INVALID, FORM, workOrder(1), ""));
        fixture.givenCommands(steps(ready(allAvailable()), issue("P1", CORE)))
                .when(new CompleteWorkOrder(FORM, workOrder(1), "2027-05-08", null, Department.CSSC, AT))
                .expectException(refusedWith(WORK_ORDER_RESULT_REQUIRED, FORM, workOrder(1)));
        fixture.givenCommands(steps(ready(allAvailable()), issue("P1", CORE)))
                .when(new FailWorkOrder(FORM, workOrder(1), " ", Department.CSSC, AT))
                .expectException(refusedWith(WORK_ORDER_FAILURE_REASON_REQUIRED, FORM, workOrder(1)));
    }

    @Test
    void art21_noWorkOrderAfterTheActivation() {
        fixture.givenCommands(activated(allAvailable()))
                .when(issue("P1", CORE))
                .expectException(refusedWith(ACTIVATION_ALREADY_COMPLETE, FORM));
    }

    @Test
    void art18_onlyCsscHandlesWorkOrders() {
        fixture.givenCommands(ready(allAvailable()))
                .when(new IssueWorkOrder(FORM, "P1", CORE, "传输班", WORK_PLANNED_DATE, "", null, Department.RMU, AT))
                .expectException(forbidden(ProvisioningStep.ISSUE_WORK_ORDER, Department.RMU));
        fixture.givenCommands(steps(ready(allAvailable()), issue("P1", CORE)))
                .when(new CompleteWorkOrder(FORM, workOrder(1), "2027-05-08", "正常", Department.GCD, AT))
                .expectException(forbidden(ProvisioningStep.COMPLETE_WORK_ORDER, Department.GCD));
        fixture.givenCommands(steps(ready(allAvailable()), issue("P1", CORE)))
                .when(new FailWorkOrder(FORM, workOrder(1), "原因", Department.ENG, AT))
                .expectException(forbidden(ProvisioningStep.FAIL_WORK_ORDER, Department.ENG));
    }
}
