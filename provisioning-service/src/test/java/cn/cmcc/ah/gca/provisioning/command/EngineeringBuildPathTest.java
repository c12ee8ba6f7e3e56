package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.provisioning.EngineeringBuildInService;
import cn.cmcc.ah.gca.events.provisioning.EngineeringCompletionDateReported;
import cn.cmcc.ah.gca.events.provisioning.ResourcesRegistered;
import cn.cmcc.ah.gca.events.provisioning.WorkOrderIssued;
import cn.cmcc.ah.gca.events.provisioning.WorkOrderType;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static cn.cmcc.ah.gca.events.provisioning.WorkTarget.ACCESS_BACKBONE;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.*;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningTestData.*;
import static cn.cmcc.ah.gca.support.test.Refusals.forbidden;
import static cn.cmcc.ah.gca.support.test.Refusals.refusedWith;

/**
 * Art. 19: ENG builds what it approved at confirmation, reports the completion date and the build in service; each RMU
 * registers the new resources; then the work orders.
 */
class EngineeringBuildPathTest {

    private static final String BUILD = FORM + ".P1";

    private AggregateTestFixture<DemandForm> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DemandForm.class);
    }

    @Test
    void art19_engReportsTheCompletionDateItPlanned() {
        fixture.givenCommands(accepted(coreInsufficient()))
                .when(reportCompletionDate("P1", PLANNED_IN_SERVICE))
                .expectEvents(new EngineeringCompletionDateReported(FORM, "P1", BUILD, PLANNED_IN_SERVICE, true,
                        "按计划推进", AT));
    }

    @Test
    void art19_aDifferentCompletionDateIsRecordedAsReportedAndMayBeReportedAgain() {
        fixture.givenCommands(steps(accepted(buildRequired()), reportCompletionDate("P1", "2027-05-10")))
                .when(reportCompletionDate("P1", "2027-05-12"))
                .expectEvents(new EngineeringCompletionDateReported(FORM, "P1", BUILD, "2027-05-12", false,
                        "按计划推进", AT));
    }

    @Test
    void art19_engReportsTheBuildInService() {
        fixture.givenCommands(accepted(buildRequired()))
                .when(reportInService("P1"))
                .expectEvents(new EngineeringBuildInService(FORM, "P1", BUILD, PLANNED_IN_SERVICE, "已投产", AT));
    }

    @Test
    void art19_eachRmuRegistersTheNewResourcesOnceTheBuildIsInService() {
        fixture.givenCommands(steps(accepted(buildRequired()), reportInService("P1"), register("P1", RMU_CORE)))
                .when(register("P1", RMU_ACCESS))
                .expectEvents(new ResourcesRegistered(FORM, "P1", RMU_ACCESS, "OLT-SS-015 PON 1/2/7", AT));
    }

    @Test
    void art19_workOrdersFollowTheRegistration() {
        fixture.givenCommands(ready(buildRequired()))
                .when(issue("P1", ACCESS_BACKBONE))
                .expectEvents(new WorkOrderIssued(FORM, FORM + "-W01", WorkOrderType.ACTIVATION, "P1",
                        ACCESS_BACKBONE, "合肥分公司传输班", WORK_PLANNED_DATE, "按方案开通", "", AT));
    }

    @Test
    void art19_nothingIsRegisteredAndNoWorkOrderIssuedBeforeTheBuildIsInService() {
        fixture.givenCommands(accepted(buildRequired()))
                .when(register("P1", RMU_ACCESS))
                .expectException(refusedWith(POINT_BUILD_NOT_IN_SERVICE, FORM, "P1"));
        fixture.givenCommands(accepted(buildRequired()))
                .when(issue("P1", ACCESS_BACKBONE))
                .expectException(refusedWith(POINT_BUILD_NOT_IN_SERVICE, FORM, "P1"));
    }

    @Test
    void art19_noWorkOrderBeforeAnRmuRegisteredTheResources() {
        fixture.givenCommands(steps(accepted(buildRequired()), reportInService("P1")))
                .when(issue("P1", ACCESS_BACKBONE))
                .expectException(refusedWith(POINT_RESOURCES_NOT_REGISTERED, FORM, "P1"));
    }

    @Test
    void art19_aBuildInServiceIsReportedOnceAndNoCompletionDateFollows() {
        fixture.givenCommands(steps(accepted(buildRequired()), reportInService("P1")))
                .when(reportInService("P1"))
                .expectException(refusedWith(POINT_BUILD_ALREADY_IN_SERVICE, FORM, "P1"));
        fixture.givenCommands(steps(accepted(buildRequired()), reportInService("P1")))
                .when(reportCompletionDate("P1", PLANNED_IN_SERVICE))
                .expectException(refusedWith(POINT_BUILD_ALREADY_IN_SERVICE, FORM, "P1"));
    }

    @Test
    void art19_engWaitsForTheFormToBeAccepted() {
        fixture.givenCommands(dispatch(buildRequired()))
                .when(reportInService("P1"))
                .expectException(refusedWith(DEMAND_NOT_ACCEPTED, FORM));
    }

    @Test
    void art19_theDatesAreIsoDates() {
        fixture.givenCommands(accepted(buildRequired()))
                .when(reportCompletionDate("P1", "下月底"))
                .expectException(refusedWith(ENGINEERING_COMPLETION_DATE_INVALID, FORM, "P1", "下月底"));
        fixture.givenCommands(accepted(buildRequired()))
                .when(new ReportEngineeringInService(FORM, "P1", "2027-02-30", "", Department.ENG, AT))
                .expectException(refusedWith(ENGINEERING_IN_SERVICE_DATE_INVALID, FORM, "P1", "2027-02-30"));
    }

    @Test
    void art19_theRmuNamesItsUnitAndWhatItRegistered() {
        fixture.givenCommands(steps(accepted(buildRequired()), reportInService("P1")))
                .when(register("P1", "rmu access"))
                .expectException(refusedWith(RESOURCES_UNIT_INVALID, FORM, "rmu access"));
        fixture.givenCommands(steps(accepted(buildRequired()), reportInService("P1")))
                .when(new RegisterResources(FORM, "P1", RMU_ACCESS, " ", Department.RMU, AT))
                .expectException(refusedWith(RESOURCES_REQUIRED, FORM, "P1"));
    }

    @Test
    void art19_aPointTheFormDoesNotHaveIsNotFound() {
        fixture.givenCommands(accepted(buildRequired()))
                .when(reportInService("P9"))
                .expectException(refusedWith(POINT_NOT_FOUND, FORM, "P9"));
    }

    @Test
    void art19_aBuildStepOnAPointOfAnotherPathIsRefused() {
        fixture.givenCommands(accepted(mixed()))
                .when(reportCompletionDate("P1", PLANNED_IN_SERVICE))
                .expectException(refusedWith(POINT_NOT_ON_PATH, FORM, "P1", "AVAILABLE"));
    }

    @Test
    void art19_onlyEngReportsTheBuildAndOnlyAnRmuRegisters() {
        fixture.givenCommands(accepted(buildRequired()))
                .when(new ReportEngineeringCompletionDate(FORM, "P1", PLANNED_IN_SERVICE, "", Department.CSSC, AT))
                .expectException(forbidden(ProvisioningStep.REPORT_COMPLETION_DATE, Department.CSSC));
        fixture.givenCommands(accepted(buildRequired()))
                .when(new ReportEngineeringInService(FORM, "P1", PLANNED_IN_SERVICE, "", Department.RMU, AT))
                .expectException(forbidden(ProvisioningStep.REPORT_IN_SERVICE, Department.RMU));
        fixture.givenCommands(steps(accepted(buildRequired()), reportInService("P1")))
                .when(new RegisterResources(FORM, "P1", RMU_ACCESS, "x", Department.ENG, AT))
                .expectException(forbidden(ProvisioningStep.REGISTER_RESOURCES, Department.ENG));
    }
}
