package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.provisioning.BlockRecordCoSigned;
import cn.cmcc.ah.gca.events.provisioning.BlockRecordWritten;
import cn.cmcc.ah.gca.events.provisioning.ConstructionBlocked;
import cn.cmcc.ah.gca.events.provisioning.ConstructionResumed;
import cn.cmcc.ah.gca.events.provisioning.DemandCancelled;
import cn.cmcc.ah.gca.events.provisioning.EngineeringBuildWithdrawn;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static cn.cmcc.ah.gca.events.presale.AssessmentOutcome.BUILD_REQUIRED;
import static cn.cmcc.ah.gca.events.provisioning.BlockDecision.CANCEL;
import static cn.cmcc.ah.gca.events.provisioning.BlockDecision.CONTINUE;
import static cn.cmcc.ah.gca.events.provisioning.WorkTarget.CORE;
import static cn.cmcc.ah.gca.events.provisioning.WorkTarget.CUSTOMER_SIDE;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.*;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningTestData.*;
import static cn.cmcc.ah.gca.support.test.Refusals.forbidden;
import static cn.cmcc.ah.gca.support.test.Refusals.refusedWith;

/**
 * Art. 22: construction blocked for an objective reason — CSSC tells GCD, both agree in writing how to proceed and
 * confirm the activation result; GCD's co-signature pauses the activation clock, or cancels the form.
 */
class BlockedConstructionTest {

    private static final String B1 = blockId(1);
    private static final Instant BLOCKED_AT = Instant.parse("2027-03-01T08:00:00Z");

    private AggregateTestFixture<DemandForm> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DemandForm.class);
        fixture.registerInjectableResource(numbers());
    }

    private static RecordConstructionBlock blockAtP1() {
        return new RecordConstructionBlock(FORM, "P1", "业主拒绝进场施工", Department.CSSC, BLOCKED_AT);
    }

    private static List<Object> blocked(ConfirmedForm basis) {
        return steps(ready(basis), blockAtP1());
    }

    private static List<Object> coSigned(ConfirmedForm basis, cn.cmcc.ah.gca.events.provisioning.BlockDecision decision) {
        return steps(blocked(basis), writeRecord(B1, decision), coSign(B1));
    }

    @Test
    void art22_csscRecordsTheBlockAndGcdIsTold() {
        fixture.givenCommands(ready(allAvailable()))
                .when(blockAtP1())
                .expectEvents(new ConstructionBlocked(FORM, B1, "P1", "业主拒绝进场施工", BLOCKED_AT));
    }

    @Test
    void art22_aBlockOfTheWholeOrderNamesNoPoint() {
        fixture.givenCommands(steps(coSigned(allAvailable(), CONTINUE), resume(B1)))
                .when(block(null))
                .expectEvents(new ConstructionBlocked(FORM, blockId(2), "", "业主拒绝进场施工", AT));
    }

    @Test
    void art22_csscWritesTheRecordAndMayRewriteItUntilGcdCoSigns() {
        fixture.givenCommands(steps(blocked(allAvailable()), writeRecord(B1, CANCEL)))
                .when(writeRecord(B1, CONTINUE))
                .expectEvents(new BlockRecordWritten(FORM, B1, "待业主同意后继续施工", "P1 未开通", CONTINUE, "cssc-zhang",
                        AT));
    }

    @Test
    void art22_gcdsCoSignaturePausesFromTheBlockOn() {
        fixture.givenCommands(steps(blocked(allAvailable()), writeRecord(B1, CONTINUE)))
                .when(coSign(B1))
                .expectEvents(new BlockRecordCoSigned(FORM, B1, "待业主同意后继续施工", "P1 未开通", CONTINUE,
                        "cssc-zhang", "gcd-li", BLOCKED_AT, AT));
    }

    @Test
    void art22_aCoSignedCancelCancelsTheFormAndWithdrawsTheBuildsNotYetInService() {
        fixture.givenCommands(steps(accepted(accepted(buildPoint(P1, BUILD_REQUIRED), buildPoint(P2, BUILD_REQUIRED))),
                        reportInService("P1"), blockAtP1(), writeRecord(B1, CANCEL)))
                .when(coSign(B1))
                .expectEvents(new BlockRecordCoSigned(FORM, B1, "待业主同意后继续施工", "P1 未开通", CANCEL,
                                "cssc-zhang", "gcd-li", BLOCKED_AT, AT),
                        new DemandCancelled(FORM, B1, "待业主同意后继续施工", AT),
                        new EngineeringBuildWithdrawn(FORM, "P2", FORM + ".P2", "待业主同意后继续施工", AT));
    }

    @Test
    void art22_aCancelledFormTakesNoFurtherStep() {
        fixture.givenCommands(coSigned(allAvailable(), CANCEL))
                .when(resume(B1))
                .expectException(refusedWith(DEMAND_CANCELLED, FORM));
        fixture.givenCommands(coSigned(allAvailable(), CANCEL))
                .when(issue("P1", CORE))
                .expectException(refusedWith(DEMAND_CANCELLED, FORM));
        fixture.givenCommands(coSigned(allAvailable(), CANCEL))
                .when(accept())
                .expectException(refusedWith(DEMAND_CANCELLED, FORM));
    }

    @Test
    void art22_csscResumesAfterACoSignedContinue() {
        fixture.givenCommands(coSigned(allAvailable(), CONTINUE))
                .when(resume(B1))
                .expectEvents(new ConstructionResumed(FORM, B1, "业主已同意", AT));
    }

    @Test
    void art22_constructionDoesNotResumeBeforeGcdCoSigned() {
        fixture.givenCommands(steps(blocked(allAvailable()), writeRecord(B1, CONTINUE)))
                .when(resume(B1))
                .expectException(refusedWith(BLOCK_RECORD_NOT_CO_SIGNED, FORM, B1));
    }

    @Test
    void art22_whileBlockedNoWorkOrderIsIssuedOrCompletedAndActivationWaits() {
        fixture.givenCommands(coSigned(allAvailable(), CONTINUE))
                .when(issue("P1", CORE))
                .expectException(refusedWith(CONSTRUCTION_BLOCKED, FORM, B1));
        fixture.givenCommands(steps(ready(allAvailable()), issue("P1", CORE), blockAtP1()))
                .when(complete(workOrder(1)))
                .expectException(refusedWith(CONSTRUCTION_BLOCKED, FORM, B1));
        fixture.givenCommands(steps(ready(allAvailable()), allWorkDone("P1"), blockAtP1()))
                .when(completeActivation())
                .expectException(refusedWith(CONSTRUCTION_BLOCKED, FORM, B1));
    }

    @Test
    void art22_aWorkOrderMayFailWhileBlocked() {
        fixture.givenCommands(steps(ready(allAvailable()), issue("P1", CUSTOMER_SIDE), blockAtP1()))
                .when(fail(workOrder(1)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void art22_oneUnresolvedBlockAtATime() {
        fixture.givenCommands(coSigned(allAvailable(), CONTINUE))
                .when(block("P1"))
                .expectException(refusedWith(CONSTRUCTION_BLOCKED, FORM, B1));
    }

    @Test
    void art22_aBlockIsRecordedBetweenAcceptanceAndActivation() {
        fixture.givenCommands(dispatch(allAvailable()))
                .when(block("P1"))
                .expectException(refusedWith(DEMAND_NOT_ACCEPTED, FORM));
        fixture.givenCommands(activated(allAvailable()))
                .when(block("P1"))
                .expectException(refusedWith(ACTIVATION_ALREADY_COMPLETE, FORM));
    }

    @Test
    void art22_theBlockSaysWhyAndNamesAPointOfTheFormIfAny() {
        fixture.givenCommands(ready(allAvailable()))
                .when(new RecordConstructionBlock(FORM, "", " ", Department.CSSC, AT))
                .expectException(refusedWith(BLOCK_REASON_REQUIRED, FORM));
        fixture.givenCommands(ready(allAvailable()))
                .when(block("P7"))
                .expectException(refusedWith(BLOCK_UNKNOWN_POINT, FORM, "P7"));
    }

    @Test
    void art22_theRecordHasHandlingResultDecisionAndSignatory() {
        fixture.givenCommands(blocked(allAvailable()))
                .when(new WriteBlockRecord(FORM, B1, "", "结果", CONTINUE, "cssc-zhang", Department.CSSC, AT))
                .expectException(refusedWith(BLOCK_HANDLING_REQUIRED, FORM, B1));
        fixture.givenCommands(blocked(allAvailable()))
                .when(new WriteBlockRecord(FORM, B1, "办法", null, CONTINUE, "cssc-zhang", Department.CSSC, AT))
                .expectException(refusedWith(BLOCK_ACTIVATION_RESULT_REQUIRED, FORM, B1));
        fixture.givenCommands(blocked(allAvailable()))
                .when(new WriteBlockRecord(FORM, B1, "办法", "结果", null, "cssc-zhang", Department.CSSC, AT))
                .expectException(refusedWith(BLOCK_DECISION_REQUIRED, FORM, B1));
        fixture.givenCommands(blocked(allAvailable()))
                .when(new WriteBlockRecord(FORM, B1, "办法", "结果", CONTINUE, " ", Department.CSSC, AT))
                .expectException(refusedWith(BLOCK_SIGNATORY_REQUIRED, FORM, B1));
        fixture.givenCommands(steps(blocked(allAvailable()), writeRecord(B1, CONTINUE)))
                .when(new CoSignBlockRecord(FORM, B1, "", Department.GCD, AT))
                .expectException(refusedWith(BLOCK_SIGNATORY_REQUIRED, FORM, B1));
    }

    @Test
    void art22_gcdCoSignsAWrittenRecordOnceAndItThenStands() {
        fixture.givenCommands(blocked(allAvailable()))
                .when(coSign(B1))
                .expectException(refusedWith(BLOCK_RECORD_NOT_WRITTEN, FORM, B1));
        fixture.givenCommands(coSigned(allAvailable(), CONTINUE))
                .when(coSign(B1))
                .expectException(refusedWith(BLOCK_RECORD_ALREADY_CO_SIGNED, FORM, B1));
        fixture.givenCommands(coSigned(allAvailable(), CONTINUE))
                .when(writeRecord(B1, CANCEL))
                .expectException(refusedWith(BLOCK_RECORD_ALREADY_CO_SIGNED, FORM, B1));
    }

    @Test
    void art22_aResolvedBlockTakesNoMoreStepsAndAnUnknownOneIsNotFound() {
        fixture.givenCommands(steps(coSigned(allAvailable(), CONTINUE), resume(B1)))
                .when(resume(B1))
                .expectException(refusedWith(BLOCK_ALREADY_RESOLVED, FORM, B1));
        fixture.givenCommands(blocked(allAvailable()))
                .when(writeRecord(blockId(2), CONTINUE))
                .expectException(refusedWith(BLOCK_NOT_FOUND, FORM, blockId(2)));
    }

    @Test
    void art22_csscRecordsWritesAndResumesGcdCoSigns() {
        fixture.givenCommands(ready(allAvailable()))
                .when(new RecordConstructionBlock(FORM, "P1", "原因", Department.GCD, AT))
                .expectException(forbidden(ProvisioningStep.RECORD_BLOCK, Department.GCD));
        fixture.givenCommands(blocked(allAvailable()))
                .when(new WriteBlockRecord(FORM, B1, "办法", "结果", CONTINUE, "gcd-li", Department.GCD, AT))
                .expectException(forbidden(ProvisioningStep.WRITE_BLOCK_RECORD, Department.GCD));
        fixture.givenCommands(steps(blocked(allAvailable()), writeRecord(B1, CONTINUE)))
                .when(new CoSignBlockRecord(FORM, B1, "cssc-zhang", Department.CSSC, AT))
                .expectException(forbidden(ProvisioningStep.CO_SIGN_BLOCK_RECORD, Department.CSSC));
        fixture.givenCommands(coSigned(allAvailable(), CONTINUE))
                .when(new ResumeConstruction(FORM, B1, "", Department.GCD, AT))
                .expectException(forbidden(ProvisioningStep.RESUME_CONSTRUCTION, Department.GCD));
    }
}
