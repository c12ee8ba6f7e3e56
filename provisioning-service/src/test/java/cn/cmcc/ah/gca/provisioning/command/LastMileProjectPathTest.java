package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.provisioning.LastMileAllocated;
import cn.cmcc.ah.gca.events.provisioning.LastMileProjectCompleted;
import cn.cmcc.ah.gca.events.provisioning.ResourcesRegistered;
import cn.cmcc.ah.gca.events.provisioning.WorkOrderIssued;
import cn.cmcc.ah.gca.events.provisioning.WorkOrderType;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static cn.cmcc.ah.gca.events.provisioning.WorkTarget.LAST_MILE;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.*;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningTestData.*;
import static cn.cmcc.ah.gca.support.test.Refusals.forbidden;
import static cn.cmcc.ah.gca.support.test.Refusals.refusedWith;

/** Art. 20: only the last mile is missing — CSSC's own project, then registration, then allocation, then activation. */
class LastMileProjectPathTest {

    private AggregateTestFixture<DemandForm> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DemandForm.class);
    }

    @Test
    void art20_csscCompletesItsProject() {
        fixture.givenCommands(accepted(lastMileOptimizable()))
                .when(completeProject("P1"))
                .expectEvents(new LastMileProjectCompleted(FORM, "P1", "新布放皮缆200米", AT));
    }

    @Test
    void art20_theRmuRegistersTheLastMileOnceTheProjectIsDone() {
        fixture.givenCommands(steps(accepted(lastMileOptimizable()), completeProject("P1")))
                .when(register("P1", RMU_ACCESS))
                .expectEvents(new ResourcesRegistered(FORM, "P1", RMU_ACCESS, "OLT-SS-015 PON 1/2/7", AT));
    }

    @Test
    void art20_csscAllocatesTheRegisteredResources() {
        fixture.givenCommands(steps(accepted(lastMileOptimizable()), completeProject("P1"), register("P1", RMU_ACCESS)))
                .when(allocate("P1"))
                .expectEvents(new LastMileAllocated(FORM, "P1", "OLT-SS-015 PON 1/2/7 分光口3", AT));
    }

    @Test
    void art20_workOrdersFollowTheAllocation() {
        fixture.givenCommands(ready(lastMileOptimizable()))
                .when(issue("P1", LAST_MILE))
                .expectEvents(new WorkOrderIssued(FORM, FORM + "-W01", WorkOrderType.ACTIVATION, "P1", LAST_MILE,
                        "合肥分公司传输班", WORK_PLANNED_DATE, "按方案开通", "", AT));
    }

    @Test
    void art20_nothingIsRegisteredOrAllocatedBeforeTheProjectIsDone() {
        fixture.givenCommands(accepted(lastMileOptimizable()))
                .when(register("P1", RMU_ACCESS))
                .expectException(refusedWith(POINT_PROJECT_NOT_COMPLETED, FORM, "P1"));
        fixture.givenCommands(accepted(lastMileOptimizable()))
                .when(allocate("P1"))
                .expectException(refusedWith(POINT_PROJECT_NOT_COMPLETED, FORM, "P1"));
        fixture.givenCommands(accepted(lastMileOptimizable()))
                .when(issue("P1", LAST_MILE))
                .expectException(refusedWith(POINT_PROJECT_NOT_COMPLETED, FORM, "P1"));
    }

    @Test
    void art20_nothingIsAllocatedBeforeItIsRegistered() {
        fixture.givenCommands(steps(accepted(lastMileOptimizable()), completeProject("P1")))
                .when(allocate("P1"))
                .expectException(refusedWith(POINT_RESOURCES_NOT_REGISTERED, FORM, "P1"));
    }

    @Test
    void art20_noWorkOrderBeforeTheAllocation() {
        fixture.givenCommands(steps(accepted(lastMileOptimizable()), completeProject("P1"), register("P1", RMU_ACCESS)))
                .when(issue("P1", LAST_MILE))
                .expectException(refusedWith(POINT_LAST_MILE_NOT_ALLOCATED, FORM, "P1"));
    }

    @Test
    void art20_theProjectAndTheAllocationHappenOnce() {
        fixture.givenCommands(steps(accepted(lastMileOptimizable()), completeProject("P1")))
                .when(completeProject("P1"))
                .expectException(refusedWith(POINT_PROJECT_ALREADY_COMPLETED, FORM, "P1"));
        fixture.givenCommands(ready(lastMileOptimizable()))
                .when(allocate("P1"))
                .expectException(refusedWith(POINT_LAST_MILE_ALREADY_ALLOCATED, FORM, "P1"));
    }

    @Test
    void art20_theAllocationSaysWhatWasAllocated() {
        fixture.givenCommands(steps(accepted(lastMileOptimizable()), completeProject("P1"), register("P1", RMU_ACCESS)))
                .when(new AllocateLastMile(FORM, "P1", "", Department.CSSC, AT))
                .expectException(refusedWith(LAST_MILE_ALLOCATION_REQUIRED, FORM, "P1"));
    }

    @Test
    void art20_aLastMileStepOnAPointOfAnotherPathIsRefused() {
        fixture.givenCommands(accepted(mixed()))
                .when(completeProject("P2"))
                .expectException(refusedWith(POINT_NOT_ON_PATH, FORM, "P2", "ENGINEERING_BUILD"));
        fixture.givenCommands(accepted(lastMileOptimizable()))
                .when(reportInService("P1"))
                .expectException(refusedWith(POINT_NOT_ON_PATH, FORM, "P1", "LAST_MILE_PROJECT"));
    }

    @Test
    void art20_onlyCsscCompletesTheProjectAndAllocates() {
        fixture.givenCommands(accepted(lastMileOptimizable()))
                .when(new CompleteLastMileProject(FORM, "P1", "", Department.ENG, AT))
                .expectException(forbidden(ProvisioningStep.COMPLETE_LAST_MILE_PROJECT, Department.ENG));
        fixture.givenCommands(steps(accepted(lastMileOptimizable()), completeProject("P1"), register("P1", RMU_ACCESS)))
                .when(new AllocateLastMile(FORM, "P1", "x", Department.RMU, AT))
                .expectException(forbidden(ProvisioningStep.ALLOCATE_LAST_MILE, Department.RMU));
    }
}
