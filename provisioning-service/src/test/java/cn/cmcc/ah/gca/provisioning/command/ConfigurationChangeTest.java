package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.presale.AdjustmentLink;
import cn.cmcc.ah.gca.events.presale.AssessmentOutcome;
import cn.cmcc.ah.gca.events.presale.NetworkSolution;
import cn.cmcc.ah.gca.events.presale.ResourceRequest;
import cn.cmcc.ah.gca.events.presale.Segment;
import cn.cmcc.ah.gca.events.presale.SegmentAssessment;
import cn.cmcc.ah.gca.events.provisioning.AcceptanceArchived;
import cn.cmcc.ah.gca.events.provisioning.AcceptanceSignatureAdded;
import cn.cmcc.ah.gca.events.provisioning.ActivationCompleted;
import cn.cmcc.ah.gca.events.provisioning.CircuitAssignment;
import cn.cmcc.ah.gca.events.provisioning.DemandAccepted;
import cn.cmcc.ah.gca.events.provisioning.DemandDispatched;
import cn.cmcc.ah.gca.events.provisioning.DemandKind;
import cn.cmcc.ah.gca.events.provisioning.DemandPoint;
import cn.cmcc.ah.gca.events.provisioning.DemandReplied;
import cn.cmcc.ah.gca.events.provisioning.ProvisioningPath;
import cn.cmcc.ah.gca.events.provisioning.Signatory;
import cn.cmcc.ah.gca.events.provisioning.WorkOrderIssued;
import cn.cmcc.ah.gca.events.provisioning.WorkOrderType;
import cn.cmcc.ah.gca.events.provisioning.WorkTarget;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static cn.cmcc.ah.gca.provisioning.command.ConfigurationChangeTestData.*;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.*;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningTestData.CUSTOMER;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningTestData.FORM_1;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningTestData.P1;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningTestData.PRODUCT;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningTestData.numbers;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningTestData.steps;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningTestData.solutionFor;
import static cn.cmcc.ah.gca.support.test.Refusals.forbidden;
import static cn.cmcc.ah.gca.support.test.Refusals.refusedWith;

/**
 * Art. 37: a simple data-configuration change of a circuit in service — its form 2 opened on decommission-service's
 * classification, the device-owner unit's form 3 work order, the change-completion feedback on the same circuit, the
 * form 2 reply without any resource status change, and the change acceptance signed on form 4 and archived.
 */
class ConfigurationChangeTest {

    private static final List<CircuitAssignment> SAME_CIRCUIT = List.of(new CircuitAssignment("P1", CIRCUIT));

    private AggregateTestFixture<DemandForm> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DemandForm.class);
        fixture.registerInjectableResource(numbers());
    }

    // --- opened on the classification ---

    @Test
    void art37_theClassificationOpensAChangeOfTheCircuitAsProvisioningHoldsIt_onePointOnItsExistingResources() {
        ResourceRequest request = new ResourceRequest(CUSTOMER, PRODUCT, 100, "2027-06-03",
                ProvisioningTestData.REQUEST.accountManager(), ProvisioningTestData.REQUEST.contact(), "",
                AdjustmentLink.of(CIRCUIT, ADJUSTMENT));
        List<SegmentAssessment> inService = Stream.of(Segment.values())
                .map(segment -> new SegmentAssessment(segment, AssessmentOutcome.AVAILABLE, "", "现网在用资源")).toList();

        fixture.givenNoPriorActivity()
                .when(open())
                .expectEvents(new DemandDispatched(CHANGE, DemandKind.CONFIGURATION_CHANGE, FORM_1, request,
                        List.of(new DemandPoint(P1, ProvisioningPath.AVAILABLE, inService, "", "")),
                        new NetworkSolution(solutionFor("P1").summary(), linesOfP1()), NOTE, CLASSIFIED_AT));
    }

    @Test
    void art37_theChangeIsNumberedAfterItsForm5() {
        fixture.givenNoPriorActivity()
                .when(open("RD-SD-2027-000003", ADJUSTMENT, CIRCUIT, CUSTOMER.groupId(), circuitOnRecord()))
                .expectException(refusedWith(CHANGE_ADJUSTMENT_FORM_INVALID, "RD-SD-2027-000003", ADJUSTMENT));
        fixture.givenNoPriorActivity()
                .when(open("RD-", "", CIRCUIT, CUSTOMER.groupId(), circuitOnRecord()))
                .expectException(refusedWith(CHANGE_ADJUSTMENT_FORM_INVALID, "RD-", ""));
        fixture.givenNoPriorActivity()
                .when(open("RD-RC-2027-000002", "RC-2027-000002", CIRCUIT, CUSTOMER.groupId(), circuitOnRecord()))
                .expectException(refusedWith(CHANGE_ADJUSTMENT_FORM_INVALID, "RC-2027-000002"));
    }

    @Test
    void art37_aCircuitProvisioningNeverActivatedOpensNothing() {
        fixture.givenNoPriorActivity()
                .when(open(CHANGE, ADJUSTMENT, "CL-2027-000099", CUSTOMER.groupId(), null))
                .expectException(refusedWith(CHANGE_UNKNOWN_CIRCUIT, CHANGE, "CL-2027-000099", ADJUSTMENT));
        fixture.givenNoPriorActivity()
                .when(open(CHANGE, ADJUSTMENT, "CL-2027-000099", CUSTOMER.groupId(), circuitOnRecord()))
                .expectException(refusedWith(CHANGE_UNKNOWN_CIRCUIT, CHANGE, "CL-2027-000099"));
    }

    @Test
    void art37_anAdjustmentNamingAnotherCustomerThanTheCircuitsOpensNothing() {
        fixture.givenNoPriorActivity()
                .when(open(CHANGE, ADJUSTMENT, CIRCUIT, ProvisioningTestData.OTHER_CUSTOMER, circuitOnRecord()))
                .expectException(refusedWith(CHANGE_CUSTOMER_MISMATCH, CHANGE, CIRCUIT,
                        ProvisioningTestData.OTHER_CUSTOMER, CUSTOMER.groupId()));
    }

    // --- CSSC accepts, the device-owner unit's work order ---

    @Test
    void art37_csscAcceptsWithThePlannedDateAlone_nothingIsAppliedForOrBuilt() {
        fixture.givenCommands(open())
                .when(accept())
                .expectEvents(new DemandAccepted(CHANGE, DemandKind.CONFIGURATION_CHANGE, CUSTOMER, PLANNED_CHANGE,
                        "", "", CLASSIFIED_AT.plusSeconds(3600)));
    }

    @Test
    void art37_thePointIsReadyAtOnce_theDeviceOwnerUnitsWorkOrderIsADataConfigurationChange() {
        fixture.givenCommands(accepted())
                .when(issue())
                .expectEvents(new WorkOrderIssued(CHANGE, workOrder(1), WorkOrderType.DATA_CONFIGURATION_CHANGE,
                        "P1", WorkTarget.ACCESS_BACKBONE, "蜀山区传输设备主管单位", "2027-06-08", "修改 VLAN 及 QoS 模板",
                        "", CHANGED_AT));
        fixture.givenCommands(accepted())
                .when(new CompleteLastMileProject(CHANGE, "P1", "", Department.CSSC, CHANGED_AT))
                .expectException(refusedWith(POINT_NOT_ON_PATH, CHANGE, "P1", "AVAILABLE"));
    }

    // --- change-completion feedback ---

    @Test
    void art37_theChangeIsCompleteOnTheSameCircuit_noNewCircuitIsActivated() {
        fixture.givenCommands(workDone())
                .when(completeChange())
                .expectEvents(new ActivationCompleted(CHANGE, DemandKind.CONFIGURATION_CHANGE, CUSTOMER, SAME_CIRCUIT,
                        CHANGED_AT))
                .expectResultMessagePayload(SAME_CIRCUIT);
    }

    @Test
    void art37_oneWorkOrderDoesTheChange_notTheFourOfANewLine() {
        fixture.givenCommands(steps(accepted(), issue(WorkTarget.CORE), complete(workOrder(1))))
                .when(completeChange())
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void art37_theChangeNeedsACompletedWorkOrderAndNoneOpen() {
        fixture.givenCommands(accepted())
                .when(completeChange())
                .expectException(refusedWith(CHANGE_WORK_MISSING, CHANGE));
        fixture.givenCommands(steps(accepted(), issue(), fail(workOrder(1))))
                .when(completeChange())
                .expectException(refusedWith(CHANGE_WORK_MISSING, CHANGE));
        fixture.givenCommands(steps(workDone(), issue(WorkTarget.CORE)))
                .when(completeChange())
                .expectException(refusedWith(CHANGE_WORK_ORDER_OPEN, CHANGE, workOrder(2)));
        fixture.givenCommands(open())
                .when(completeChange())
                .expectException(refusedWith(DEMAND_NOT_ACCEPTED, CHANGE));
        fixture.givenCommands(changed())
                .when(completeChange())
                .expectException(refusedWith(ACTIVATION_ALREADY_COMPLETE, CHANGE));
    }

    // --- no status change; the form 2 reply ---

    @Test
    void art37_aConfigurationChangeHasNoResourceStatusChange_beforeOrAfterItsCompletion() {
        fixture.givenCommands(changed())
                .when(passInfo())
                .expectException(refusedWith(NO_STATUS_CHANGE_FOR_CONFIGURATION_CHANGE, CHANGE));
        fixture.givenCommands(workDone())
                .when(passInfo())
                .expectException(refusedWith(NO_STATUS_CHANGE_FOR_CONFIGURATION_CHANGE, CHANGE));
        fixture.givenCommands(changed())
                .when(confirm())
                .expectException(refusedWith(NO_STATUS_CHANGE_FOR_CONFIGURATION_CHANGE, CHANGE));
    }

    @Test
    void art37_csscRepliesTheForm2OnceTheChangeIsComplete_withoutStatusChanges() {
        fixture.givenCommands(changed())
                .when(reply())
                .expectEvents(new DemandReplied(CHANGE, SAME_CIRCUIT, "数据配置已更改，业务正常", CHANGED_AT));
        fixture.givenCommands(workDone())
                .when(reply())
                .expectException(refusedWith(ACTIVATION_NOT_COMPLETE, CHANGE));
        fixture.givenCommands(replied())
                .when(reply())
                .expectException(refusedWith(DEMAND_ALREADY_REPLIED, CHANGE));
    }

    // --- change acceptance on form 4 ---

    @Test
    void art37_theSecondSignatureCompletesTheChangeAcceptance_gcdArchivesIt() {
        fixture.givenCommands(steps(replied(), organise(), signAsCustomer()))
                .when(signAsAccountManager())
                .expectEvents(new AcceptanceSignatureAdded(CHANGE, Signatory.ACCOUNT_MANAGER, "李明", true,
                        CHANGED_AT));
        fixture.givenCommands(signed())
                .when(archive())
                .expectEvents(new AcceptanceArchived(CHANGE, "AA-2027-000001", CHANGED_AT))
                .expectResultMessagePayload("AA-2027-000001");
    }

    @Test
    void art37_theChangeAcceptanceFollowsTheChangeAndIsArchivedAfterTheReply() {
        fixture.givenCommands(workDone())
                .when(organise())
                .expectException(refusedWith(ACTIVATION_NOT_COMPLETE, CHANGE));
        fixture.givenCommands(steps(changed(), organise(), signAsCustomer(), signAsAccountManager()))
                .when(archive())
                .expectException(refusedWith(DEMAND_NOT_REPLIED, CHANGE));
    }

    @Test
    void art37_theDepartmentsOfTheStepsAreThoseOfANewLine() {
        fixture.givenCommands(workDone())
                .when(new CompleteActivation(CHANGE, Department.GCD, CHANGED_AT))
                .expectException(forbidden(ProvisioningStep.COMPLETE_ACTIVATION, Department.GCD));
        fixture.givenCommands(changed())
                .when(new ReplyDemand(CHANGE, "反馈", Department.GCD, CHANGED_AT))
                .expectException(forbidden(ProvisioningStep.REPLY_DEMAND, Department.GCD));
        fixture.givenCommands(replied())
                .when(new OrganiseAcceptance(CHANGE, "2027-06-07", List.of("客户 王芳"), List.of(), Department.CSSC,
                        CHANGED_AT))
                .expectException(forbidden(ProvisioningStep.ORGANISE_ACCEPTANCE, Department.CSSC));
    }
}
