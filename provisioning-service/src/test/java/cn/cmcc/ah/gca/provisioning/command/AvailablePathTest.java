package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.provisioning.WorkOrderIssued;
import cn.cmcc.ah.gca.events.provisioning.WorkOrderType;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static cn.cmcc.ah.gca.events.provisioning.WorkTarget.CORE;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.DEMAND_NOT_ACCEPTED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.POINT_NOT_ON_PATH;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningTestData.*;
import static cn.cmcc.ah.gca.support.test.Refusals.refusedWith;

/** Art. 18: every segment available — the point is ready for its work orders as soon as CSSC accepts the form. */
class AvailablePathTest {

    private AggregateTestFixture<DemandForm> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DemandForm.class);
    }

    @Test
    void art18_csscIssuesTheFirstWorkOrderRightAfterAcceptance() {
        fixture.givenCommands(accepted(allAvailable()))
                .when(issue("P1", CORE))
                .expectEvents(new WorkOrderIssued(FORM, FORM + "-W01", WorkOrderType.ACTIVATION, "P1", CORE,
                        "合肥分公司传输班", WORK_PLANNED_DATE, "按方案开通", "", AT));
    }

    @Test
    void art17_noWorkOrderBeforeCsscAcceptedTheForm() {
        fixture.givenCommands(dispatch(allAvailable()))
                .when(issue("P1", CORE))
                .expectException(refusedWith(DEMAND_NOT_ACCEPTED, FORM));
    }

    @Test
    void art18_anAvailablePointHasNoBuildNoProjectAndNoRegistration() {
        fixture.givenCommands(accepted(allAvailable()))
                .when(reportInService("P1"))
                .expectException(refusedWith(POINT_NOT_ON_PATH, FORM, "P1", "AVAILABLE"));
        fixture.givenCommands(accepted(allAvailable()))
                .when(completeProject("P1"))
                .expectException(refusedWith(POINT_NOT_ON_PATH, FORM, "P1", "AVAILABLE"));
        fixture.givenCommands(accepted(allAvailable()))
                .when(register("P1", RMU_ACCESS))
                .expectException(refusedWith(POINT_NOT_ON_PATH, FORM, "P1", "AVAILABLE"));
    }
}
