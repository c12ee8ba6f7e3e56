package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.provisioning.DemandAccepted;
import cn.cmcc.ah.gca.events.provisioning.DemandDispatched;
import cn.cmcc.ah.gca.events.provisioning.DemandKind;
import cn.cmcc.ah.gca.events.provisioning.DemandPoint;
import cn.cmcc.ah.gca.events.provisioning.EngineeringBuildRequested;
import cn.cmcc.ah.gca.events.provisioning.ProvisioningPath;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.cmcc.ah.gca.events.presale.AssessmentOutcome.BUILD_REQUIRED;
import static cn.cmcc.ah.gca.provisioning.command.ConfirmedForm.Status.DECLINED;
import static cn.cmcc.ah.gca.provisioning.command.ConfirmedForm.Status.IN_CONFIRMATION;
import static cn.cmcc.ah.gca.provisioning.command.ConfirmedForm.Status.RENEGOTIATED;
import static cn.cmcc.ah.gca.provisioning.command.ConfirmedForm.Status.REPLIED;
import static cn.cmcc.ah.gca.provisioning.command.ConfirmedForm.Status.WITHDRAWN;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.*;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningTestData.*;
import static cn.cmcc.ah.gca.support.test.Refusals.forbidden;
import static cn.cmcc.ah.gca.support.test.Refusals.refusedWith;

/** Art. 16–17: GCD dispatches form 2 on an accepted form 1; CSSC accepts it and hands the builds to ENG. */
class DemandDispatchTest {

    private AggregateTestFixture<DemandForm> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DemandForm.class);
        fixture.registerInjectableResource(numbers());
    }

    private static DemandPoint available(ConfirmedForm basis, int index) {
        var capability = basis.points().get(index);
        return new DemandPoint(capability.point(), ProvisioningPath.AVAILABLE, capability.segments(), "", "");
    }

    private static DemandPoint built(ConfirmedForm basis, int index) {
        var capability = basis.points().get(index);
        return new DemandPoint(capability.point(), ProvisioningPath.ENGINEERING_BUILD, capability.segments(),
                PLANNED_IN_SERVICE, PLANNED_IN_SERVICE);
    }

    private static DemandDispatched dispatched(ConfirmedForm basis, DemandPoint... points) {
        return new DemandDispatched(FORM, DemandKind.ACTIVATION, FORM_1, REQUEST, List.of(points), basis.solution(),
                "请尽快开通", DISPATCHED_AT);
    }

    // --- dispatch ---

    @Test
    void art17_gcdDispatchesAFormTwoOnAnAcceptedFormOneWithEveryPointOnItsPath() {
        ConfirmedForm basis = mixed();
        fixture.givenNoPriorActivity()
                .when(dispatch(basis))
                .expectEvents(dispatched(basis, available(basis, 0), built(basis, 1)));
    }

    @Test
    void art19_aCoreShortOfCapacityWithAnApprovedProjectIsBuiltByEng() {
        ConfirmedForm basis = coreInsufficient();
        fixture.givenNoPriorActivity()
                .when(dispatch(basis))
                .expectEvents(dispatched(basis, built(basis, 0)));
    }

    @Test
    void art20_anOptimisableLastMileIsCsscsOwnProjectReadyByTheDateFormOneGave() {
        ConfirmedForm basis = lastMileOptimizable();
        var capability = basis.points().get(0);
        fixture.givenNoPriorActivity()
                .when(dispatch(basis))
                .expectEvents(dispatched(basis, new DemandPoint(P1, ProvisioningPath.LAST_MILE_PROJECT,
                        capability.segments(), READY_DATE, "")));
    }

    @Test
    void art14_aPointEngApprovedNoProjectForIsLeftOut() {
        ConfirmedForm basis = accepted(availablePoint(P1), declinedPoint(P2));
        fixture.givenNoPriorActivity()
                .when(dispatch(basis))
                .expectEvents(dispatched(basis, available(basis, 0)));
    }

    @Test
    void art14_aFormOneWithoutAProvisionablePointIsNotDispatched() {
        fixture.givenNoPriorActivity()
                .when(dispatch(accepted(declinedPoint(P1))))
                .expectException(refusedWith(DEMAND_NOTHING_PROVISIONABLE, FORM, FORM_1));
    }

    @Test
    void art17_theFormTwoNumberIsTheFormOnesWithRd() {
        fixture.givenNoPriorActivity()
                .when(new DispatchDemand("RD-2026-000999", FORM_1, allAvailable(), "", Department.GCD, DISPATCHED_AT))
                .expectException(refusedWith(DEMAND_NUMBER_MISMATCH, "RD-2026-000999", FORM_1, FORM));
    }

    @Test
    void art17_theFormOneNumberIsRequired() {
        fixture.givenNoPriorActivity()
                .when(new DispatchDemand(FORM, " ", allAvailable(), "", Department.GCD, DISPATCHED_AT))
                .expectException(refusedWith(DEMAND_CONFIRMATION_FORM_REQUIRED, FORM));
    }

    @Test
    void art17_aFormOneProvisioningDoesNotKnowIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new DispatchDemand(FORM, FORM_1, null, "", Department.GCD, DISPATCHED_AT))
                .expectException(refusedWith(DEMAND_UNKNOWN_CONFIRMATION_FORM, FORM, FORM_1));
    }

    @Test
    void art15_aFormOneStillInConfirmationIsRefused() {
        fixture.givenNoPriorActivity()
                .when(dispatch(standing(allAvailable(), IN_CONFIRMATION, "")))
                .expectException(refusedWith(DEMAND_CONFIRMATION_NOT_REPLIED, FORM, FORM_1));
    }

    @Test
    void art16_aReplyTheCustomerHasNotAcceptedIsRefused() {
        fixture.givenNoPriorActivity()
                .when(dispatch(standing(allAvailable(), REPLIED, "")))
                .expectException(refusedWith(DEMAND_CUSTOMER_NOT_ACCEPTED, FORM, FORM_1));
    }

    @Test
    void art16_aDeclinedFormOneIsRefused() {
        fixture.givenNoPriorActivity()
                .when(dispatch(standing(allAvailable(), DECLINED, "")))
                .expectException(refusedWith(DEMAND_CONFIRMATION_DECLINED, FORM, FORM_1));
    }

    @Test
    void art8_aWithdrawnFormOneIsRefused() {
        fixture.givenNoPriorActivity()
                .when(dispatch(standing(allAvailable(), WITHDRAWN, "")))
                .expectException(refusedWith(DEMAND_CONFIRMATION_WITHDRAWN, FORM, FORM_1));
    }

    @Test
    void art16_aRenegotiatedFormOneIsRefusedNamingTheNewForm() {
        fixture.givenNoPriorActivity()
                .when(dispatch(standing(allAvailable(), RENEGOTIATED, "RC-2026-000124")))
                .expectException(refusedWith(DEMAND_CONFIRMATION_RENEGOTIATED, FORM, FORM_1, "RC-2026-000124"));
    }

    @Test
    void art17_onlyGcdDispatches() {
        fixture.givenNoPriorActivity()
                .when(new DispatchDemand(FORM, FORM_1, allAvailable(), "", Department.CSSC, DISPATCHED_AT))
                .expectException(forbidden(ProvisioningStep.DISPATCH_DEMAND, Department.CSSC));
    }

    // --- acceptance ---

    @Test
    void art17_csscAcceptsAppliesForResourcesAndSchedulesTheLastMile() {
        fixture.givenCommands(dispatch(allAvailable()))
                .when(accept())
                .expectEvents(new DemandAccepted(FORM, DemandKind.ACTIVATION, CUSTOMER, PLANNED_ACTIVATION, "申请核心端口1个、接入主干带宽100M",
                        "末端施工已排期", ACCEPTED_AT));
    }

    @Test
    void art19_acceptanceHandsEachBuildToEng() {
        fixture.givenCommands(dispatch(accepted(buildPoint(P1, BUILD_REQUIRED), buildPoint(P2, BUILD_REQUIRED))))
                .when(accept())
                .expectEvents(new DemandAccepted(FORM, DemandKind.ACTIVATION, CUSTOMER, PLANNED_ACTIVATION, "申请核心端口1个、接入主干带宽100M",
                                "末端施工已排期", ACCEPTED_AT),
                        new EngineeringBuildRequested(FORM, "P1", FORM + ".P1", CUSTOMER, PLANNED_IN_SERVICE,
                                ACCEPTED_AT),
                        new EngineeringBuildRequested(FORM, "P2", FORM + ".P2", CUSTOMER, PLANNED_IN_SERVICE,
                                ACCEPTED_AT));
    }

    @Test
    void art17_aFormIsAcceptedOnce() {
        fixture.givenCommands(accepted(allAvailable()))
                .when(accept())
                .expectException(refusedWith(DEMAND_ALREADY_ACCEPTED, FORM));
    }

    @Test
    void art17_thePlannedActivationDateIsAnIsoDate() {
        fixture.givenCommands(dispatch(allAvailable()))
                .when(new AcceptDemand(FORM, "15.05.2027", "申请", "调度", Department.CSSC, ACCEPTED_AT))
                .expectException(refusedWith(ACCEPT_PLANNED_DATE_INVALID, FORM, "15.05.2027"));
        fixture.givenCommands(dispatch(allAvailable()))
                .when(new AcceptDemand(FORM, null, "申请", "调度", Department.CSSC, ACCEPTED_AT))
                .expectException(refusedWith(ACCEPT_PLANNED_DATE_INVALID, FORM));
    }

    @Test
    void art17_activationIsNotPlannedBeforeAPointHasItsResources() {
        fixture.givenCommands(dispatch(mixed()))
                .when(new AcceptDemand(FORM, "2027-04-29", "申请", "调度", Department.CSSC, ACCEPTED_AT))
                .expectException(refusedWith(ACCEPT_PLANNED_DATE_BEFORE_READY, FORM, "2027-04-29", "P2",
                        PLANNED_IN_SERVICE));
    }

    @Test
    void art17_theResourceApplicationAndTheLastMileSchedulingHappenAtAcceptance() {
        fixture.givenCommands(dispatch(allAvailable()))
                .when(new AcceptDemand(FORM, PLANNED_ACTIVATION, " ", "调度", Department.CSSC, ACCEPTED_AT))
                .expectException(refusedWith(ACCEPT_RESOURCE_APPLICATION_REQUIRED, FORM));
        fixture.givenCommands(dispatch(allAvailable()))
                .when(new AcceptDemand(FORM, PLANNED_ACTIVATION, "申请", null, Department.CSSC, ACCEPTED_AT))
                .expectException(refusedWith(ACCEPT_LAST_MILE_SCHEDULING_REQUIRED, FORM));
    }

    @Test
    void art17_onlyCsscAccepts() {
        fixture.givenCommands(dispatch(allAvailable()))
                .when(new AcceptDemand(FORM, PLANNED_ACTIVATION, "申请", "调度", Department.GCD, ACCEPTED_AT))
                .expectException(forbidden(ProvisioningStep.ACCEPT_DEMAND, Department.GCD));
    }
}
