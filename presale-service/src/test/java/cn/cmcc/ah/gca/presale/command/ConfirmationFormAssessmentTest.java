package cn.cmcc.ah.gca.presale.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.presale.ConfirmationFormWithdrawn;
import cn.cmcc.ah.gca.events.presale.EngineeringReferralCancelled;
import cn.cmcc.ah.gca.events.presale.EngineeringReplied;
import cn.cmcc.ah.gca.events.presale.PointReferredToEngineering;
import cn.cmcc.ah.gca.events.presale.SegmentAssessment;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.cmcc.ah.gca.support.test.Refusals.refusedWith;
import static cn.cmcc.ah.gca.events.presale.AssessmentOutcome.AVAILABLE;
import static cn.cmcc.ah.gca.events.presale.AssessmentOutcome.BUILD_REQUIRED;
import static cn.cmcc.ah.gca.events.presale.AssessmentOutcome.CORE_INSUFFICIENT;
import static cn.cmcc.ah.gca.events.presale.AssessmentOutcome.LAST_MILE_OPTIMIZABLE;
import static cn.cmcc.ah.gca.events.presale.Segment.ACCESS_BACKBONE;
import static cn.cmcc.ah.gca.events.presale.Segment.CORE;
import static cn.cmcc.ah.gca.events.presale.Segment.LAST_MILE;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.FORM;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.P1;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.P2;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.PLANNED_IN_SERVICE;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.READY_DATE;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.SHUSHAN;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.aForm;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.allAvailable;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.approved;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.assess;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.assessed;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.counts;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.perOutcome;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.declined;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.defaultRequest;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.engineeringApproves;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.engineeringDeclines;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.found;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.optimisable;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.optimisableLastMile;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.receive;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.received;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.replyCovering;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.steps;
import static cn.cmcc.ah.gca.presale.command.PresaleTestData.ASSESSED_AT;
import static cn.cmcc.ah.gca.presale.command.PresaleTestData.ENG_REPLIED_AT;
import static cn.cmcc.ah.gca.presale.command.PresaleTestData.TODAY;
import static cn.cmcc.ah.gca.presale.command.PresaleTestData.WITHDRAWN_AT;
import static cn.cmcc.ah.gca.presale.command.Rejections.forbidden;

/** Form 1: CSSC's segment-by-segment confirmation (Art. 9–14) and ENG's answers to referrals (Art. 12, 14). */
class ConfirmationFormAssessmentTest {

    private AggregateTestFixture<ConfirmationForm> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ConfirmationForm.class);
    }

    private static PointReferredToEngineering referred(cn.cmcc.ah.gca.events.presale.AccessPoint point,
                                                       SegmentAssessment... needs) {
        return new PointReferredToEngineering(FORM, defaultRequest(), point, List.of(needs), ASSESSED_AT);
    }

    // --- assessing ---

    @Test
    void art10_csscAssessesOneSegmentAndThePointCountsAsAvailableSoFar() {
        fixture.given(aForm().event(), received(2))
                .when(assess("P1", CORE, AVAILABLE))
                .expectEvents(assessed("P1", found(CORE, AVAILABLE), false, counts(1, 0, 0, 0, 1)));
    }

    @Test
    void art10_csscsNoteTravelsWithTheAssessment() {
        fixture.given(aForm().event(), received(2))
                .when(new AssessSegment(FORM, "P1", ACCESS_BACKBONE, AVAILABLE, null, " 长江西路汇聚环 AG03 有空闲 10GE ",
                        Department.CSSC, TODAY, ASSESSED_AT))
                .expectEvents(assessed("P1",
                        new SegmentAssessment(ACCESS_BACKBONE, AVAILABLE, "", "长江西路汇聚环 AG03 有空闲 10GE"), false,
                        counts(1, 0, 0, 0, 1)));
    }

    @Test
    void art11_aFullyAvailableFormCountsEveryPointAsAvailable() {
        fixture.givenCommands(steps(aForm().command(), receive(), allAvailable("P1"),
                        assess("P2", CORE, AVAILABLE), assess("P2", ACCESS_BACKBONE, AVAILABLE)))
                .when(assess("P2", LAST_MILE, AVAILABLE))
                .expectEvents(assessed("P2", found(LAST_MILE, AVAILABLE), false, counts(2, 0, 0, 0, 0)));
    }

    @Test
    void art13_oneOptimisableLastMilePointCarriesItsReadyDate() {
        fixture.given(aForm().withPoints(SHUSHAN).event(), received(1))
                .when(optimisableLastMile("P1", READY_DATE))
                .expectEvents(assessed("P1", optimisable(READY_DATE), false, counts(0, 1, 0, 0, 0)));
    }

    @Test
    void art13_aReadyDateOfTodayIsAccepted() {
        fixture.given(aForm().event(), received(2))
                .when(optimisableLastMile("P2", TODAY))
                .expectEvents(assessed("P2", optimisable(TODAY), false, counts(0, 1, 0, 0, 1)));
    }

    @Test
    void art13_twoOptimisablePointsAreCountedForTheFiveDayLimit() {
        fixture.givenCommands(steps(aForm().command(), receive(), optimisableLastMile("P1", READY_DATE)))
                .when(optimisableLastMile("P2", READY_DATE))
                .expectEvents(assessed("P2", optimisable(READY_DATE), false, counts(0, 2, 0, 0, 0)));
    }

    @Test
    void art12_coreInsufficientPointIsReferredToEngineering() {
        fixture.given(aForm().event(), received(2))
                .when(assess("P1", CORE, CORE_INSUFFICIENT))
                .expectEvents(assessed("P1", found(CORE, CORE_INSUFFICIENT), false, counts(0, 0, 1, 0, 1)),
                        referred(P1, found(CORE, CORE_INSUFFICIENT)));
    }

    @Test
    void art14_aBackboneNeedingABuildIsReferredToEngineering() {
        fixture.given(aForm().event(), received(2))
                .when(assess("P2", ACCESS_BACKBONE, BUILD_REQUIRED))
                .expectEvents(assessed("P2", found(ACCESS_BACKBONE, BUILD_REQUIRED), false, counts(0, 0, 0, 1, 1)),
                        referred(P2, found(ACCESS_BACKBONE, BUILD_REQUIRED)));
    }

    @Test
    void art14_aSecondSegmentNeedingABuildWidensTheOpenReferral() {
        fixture.givenCommands(steps(aForm().command(), receive(), assess("P2", ACCESS_BACKBONE, BUILD_REQUIRED)))
                .when(assess("P2", LAST_MILE, BUILD_REQUIRED))
                .expectEvents(assessed("P2", found(LAST_MILE, BUILD_REQUIRED), false, counts(0, 0, 0, 1, 1)),
                        referred(P2, found(ACCESS_BACKBONE, BUILD_REQUIRED), found(LAST_MILE, BUILD_REQUIRED)));
    }

    @Test
    void art14_twoPointsNeedingABuildAreCountedForTheFiveDayLimit() {
        fixture.givenCommands(steps(aForm().command(), receive(), assess("P1", ACCESS_BACKBONE, BUILD_REQUIRED)))
                .when(assess("P2", LAST_MILE, BUILD_REQUIRED))
                .expectEvents(assessed("P2", found(LAST_MILE, BUILD_REQUIRED), false, counts(0, 0, 0, 2, 0)),
                        referred(P2, found(LAST_MILE, BUILD_REQUIRED)));
    }

    @Test
    void art13_aPointCountsUnderItsMostSevereSegmentOutcome() {
        fixture.givenCommands(steps(aForm().command(), receive(), assess("P1", CORE, AVAILABLE),
                        optimisableLastMile("P1", READY_DATE)))
                .when(assess("P1", ACCESS_BACKBONE, BUILD_REQUIRED))
                .expectEvents(assessed("P1", found(ACCESS_BACKBONE, BUILD_REQUIRED), false, counts(0, 0, 0, 1, 1),
                                perOutcome(1, 1, 0, 1, 1)),
                        referred(P1, found(ACCESS_BACKBONE, BUILD_REQUIRED)));
    }

    @Test
    void art12_aBuildOutranksACoreShortageOnTheSamePoint() {
        fixture.givenCommands(steps(aForm().command(), receive(), assess("P1", CORE, CORE_INSUFFICIENT)))
                .when(assess("P1", LAST_MILE, BUILD_REQUIRED))
                .expectEvents(assessed("P1", found(LAST_MILE, BUILD_REQUIRED), false, counts(0, 0, 0, 1, 1),
                                perOutcome(0, 0, 1, 1, 1)),
                        referred(P1, found(CORE, CORE_INSUFFICIENT), found(LAST_MILE, BUILD_REQUIRED)));
    }

    // --- the presale.confirmation input: a point counts under every outcome one of its segments has (sla-rules.md) ---

    @Test
    void art13_aPointCountsUnderEveryOutcomeOfItsSegments_soTwoOptimisableLastMilesCountTwiceWherePointCountsHasOne() {
        fixture.givenCommands(steps(aForm().command(), receive(), assess("P1", CORE, CORE_INSUFFICIENT),
                        optimisableLastMile("P1", READY_DATE)))
                .when(optimisableLastMile("P2", READY_DATE))
                .expectEvents(assessed("P2", optimisable(READY_DATE), false,
                        counts(0, 1, 1, 0, 0), perOutcome(0, 2, 1, 0, 0)));
    }

    @Test
    void art13_aCorrectionReplacesTheSegmentsOutcomeInThePointsPerOutcome() {
        fixture.givenCommands(steps(aForm().command(), receive(), assess("P1", CORE, CORE_INSUFFICIENT),
                        optimisableLastMile("P1", READY_DATE), optimisableLastMile("P2", READY_DATE)))
                .when(assess("P1", LAST_MILE, AVAILABLE))
                .expectEvents(assessed("P1", found(LAST_MILE, AVAILABLE), true,
                        counts(0, 1, 1, 0, 0), perOutcome(1, 1, 1, 0, 0)));
    }

    @Test
    void art11_aPointWithNoSegmentAssessedCountsAsNotYetAssessedAndUnderNoOutcome() {
        fixture.givenCommands(steps(aForm().command(), receive(), assess("P1", CORE, CORE_INSUFFICIENT)))
                .when(optimisableLastMile("P1", READY_DATE))
                .expectEvents(assessed("P1", optimisable(READY_DATE), false,
                        counts(0, 0, 1, 0, 1), perOutcome(0, 1, 1, 0, 1)));
    }

    // --- corrections ---

    @Test
    void art10_aCorrectionIsANewEventFlaggedAsSuch() {
        fixture.givenCommands(steps(aForm().command(), receive(), assess("P1", LAST_MILE, AVAILABLE)))
                .when(optimisableLastMile("P1", READY_DATE))
                .expectEvents(assessed("P1", optimisable(READY_DATE), true, counts(0, 1, 0, 0, 1)));
    }

    @Test
    void art12_aCorrectionThatFindsACoreShortageRefersThePoint() {
        fixture.givenCommands(steps(aForm().command(), receive(), assess("P1", CORE, AVAILABLE)))
                .when(assess("P1", CORE, CORE_INSUFFICIENT))
                .expectEvents(assessed("P1", found(CORE, CORE_INSUFFICIENT), true, counts(0, 0, 1, 0, 1)),
                        referred(P1, found(CORE, CORE_INSUFFICIENT)));
    }

    @Test
    void art12_aCorrectionThatRemovesTheNeedCancelsTheOpenReferral() {
        fixture.givenCommands(steps(aForm().command(), receive(), assess("P1", CORE, CORE_INSUFFICIENT)))
                .when(assess("P1", CORE, AVAILABLE))
                .expectEvents(assessed("P1", found(CORE, AVAILABLE), true, counts(1, 0, 0, 0, 1)),
                        new EngineeringReferralCancelled(FORM, "P1", false, ASSESSED_AT));
    }

    @Test
    void art12_aCorrectionAfterEngAnsweredCancelsTheAnsweredReferral() {
        fixture.givenCommands(steps(aForm().command(), receive(), assess("P1", CORE, CORE_INSUFFICIENT),
                        engineeringApproves("P1", PLANNED_IN_SERVICE)))
                .when(assess("P1", CORE, AVAILABLE))
                .expectEvents(assessed("P1", found(CORE, AVAILABLE), true, counts(1, 0, 0, 0, 1)),
                        new EngineeringReferralCancelled(FORM, "P1", true, ASSESSED_AT));
    }

    @Test
    void art14_aNewSegmentNeedingABuildAfterEngAnsweredRefersThePointAgain() {
        fixture.givenCommands(steps(aForm().command(), receive(), assess("P1", ACCESS_BACKBONE, BUILD_REQUIRED),
                        engineeringApproves("P1", PLANNED_IN_SERVICE)))
                .when(assess("P1", LAST_MILE, BUILD_REQUIRED))
                .expectEvents(assessed("P1", found(LAST_MILE, BUILD_REQUIRED), false, counts(0, 0, 0, 1, 1)),
                        referred(P1, found(ACCESS_BACKBONE, BUILD_REQUIRED), found(LAST_MILE, BUILD_REQUIRED)));
    }

    @Test
    void art14_reconfirmingASegmentEngAlreadyAnsweredForKeepsTheAnswer() {
        fixture.givenCommands(steps(aForm().command(), receive(), assess("P1", ACCESS_BACKBONE, BUILD_REQUIRED),
                        engineeringApproves("P1", PLANNED_IN_SERVICE)))
                .when(assess("P1", ACCESS_BACKBONE, BUILD_REQUIRED))
                .expectEvents(assessed("P1", found(ACCESS_BACKBONE, BUILD_REQUIRED), true, counts(0, 0, 0, 1, 1)));
    }

    @Test
    void art14_aCorrectionThatNarrowsAnOpenReferralTellsEngTheNewScope() {
        fixture.givenCommands(steps(aForm().command(), receive(), assess("P1", ACCESS_BACKBONE, BUILD_REQUIRED),
                        assess("P1", LAST_MILE, BUILD_REQUIRED)))
                .when(assess("P1", LAST_MILE, AVAILABLE))
                .expectEvents(assessed("P1", found(LAST_MILE, AVAILABLE), true, counts(0, 0, 0, 1, 1),
                                perOutcome(1, 0, 0, 1, 1)),
                        referred(P1, found(ACCESS_BACKBONE, BUILD_REQUIRED)));
    }

    // --- assessment rejected ---

    @Test
    void art10_refusesAnAssessmentBeforeCsscReceivedTheForm() {
        fixture.given(aForm().event())
                .when(assess("P1", CORE, AVAILABLE))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.FORM_NOT_RECEIVED));
    }

    @Test
    void art10_refusesAnAssessmentByEng() {
        fixture.given(aForm().event(), received(2))
                .when(new AssessSegment(FORM, "P1", CORE, AVAILABLE, null, null, Department.ENG, TODAY, ASSESSED_AT))
                .expectNoEvents()
                .expectException(forbidden("Art. 10", Department.CSSC));
    }

    @Test
    void art10_refusesAssessingAWithdrawnForm() {
        fixture.given(aForm().event(), received(2), new ConfirmationFormWithdrawn(FORM, "客户暂缓", WITHDRAWN_AT))
                .when(assess("P1", CORE, AVAILABLE))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.FORM_WITHDRAWN));
    }

    @Test
    void art15_refusesAnAssessmentAfterTheReply() {
        fixture.givenCommands(steps(aForm().command(), receive(), allAvailable("P1"), allAvailable("P2"),
                        replyCovering("P1", "P2")))
                .when(assess("P1", CORE, CORE_INSUFFICIENT))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.FORM_ALREADY_REPLIED));
    }

    @Test
    void art10_refusesAnUnknownAccessPoint() {
        fixture.given(aForm().event(), received(2))
                .when(assess("P9", CORE, AVAILABLE))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.FORM_NO_SUCH_ACCESS_POINT, "P9"));
    }

    @Test
    void art10_refusesAnUnknownSegment() {
        fixture.given(aForm().event(), received(2))
                .when(assess("P1", null, AVAILABLE))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.FORM_SEGMENT_REQUIRED));
    }

    @Test
    void art10_refusesAnAssessmentWithoutOutcome() {
        fixture.given(aForm().event(), received(2))
                .when(assess("P1", CORE, null))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.FORM_OUTCOME_REQUIRED));
    }

    @Test
    void art13_refusesAnOptimisableLastMileWithoutReadyDate() {
        fixture.given(aForm().event(), received(2))
                .when(optimisableLastMile("P1", null))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.FORM_READY_DATE_REQUIRED, "P1"));
    }

    @Test
    void art13_refusesAReadyDateInThePast() {
        fixture.given(aForm().event(), received(2))
                .when(optimisableLastMile("P1", TODAY.minusDays(1)))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.FORM_READY_DATE_IN_PAST));
    }

    @Test
    void art13_refusesAReadyDateForAnyOtherOutcome() {
        fixture.given(aForm().event(), received(2))
                .when(new AssessSegment(FORM, "P1", LAST_MILE, AVAILABLE, READY_DATE, null, Department.CSSC, TODAY,
                        ASSESSED_AT))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.FORM_READY_DATE_NOT_EXPECTED));
    }

    @Test
    void art13_refusesOptimisationOnTheCore() {
        fixture.given(aForm().event(), received(2))
                .when(new AssessSegment(FORM, "P1", CORE, LAST_MILE_OPTIMIZABLE, READY_DATE, null, Department.CSSC,
                        TODAY, ASSESSED_AT))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.FORM_OUTCOME_NOT_FOR_SEGMENT));
    }

    @Test
    void art12_refusesACoreShortageOnTheLastMile() {
        fixture.given(aForm().event(), received(2))
                .when(assess("P1", LAST_MILE, CORE_INSUFFICIENT))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.FORM_OUTCOME_NOT_FOR_SEGMENT, "CORE_INSUFFICIENT", "LAST_MILE"));
    }

    @Test
    void art14_refusesABuildOnTheCore() {
        fixture.given(aForm().event(), received(2))
                .when(assess("P1", CORE, BUILD_REQUIRED))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.FORM_OUTCOME_NOT_FOR_SEGMENT));
    }

    // --- engineering ---

    @Test
    void art12_engApprovesAProjectWithItsPlannedInServiceDate() {
        fixture.givenCommands(steps(aForm().command(), receive(), assess("P1", CORE, CORE_INSUFFICIENT)))
                .when(engineeringApproves("P1", PLANNED_IN_SERVICE))
                .expectEvents(new EngineeringReplied(FORM, "P1", approved(PLANNED_IN_SERVICE), 0, ENG_REPLIED_AT));
    }

    @Test
    void art14_engsAnswerSaysHowManyReferralsOfTheFormAreStillOpen() {
        fixture.givenCommands(steps(aForm().command(), receive(), assess("P1", CORE, CORE_INSUFFICIENT),
                        assess("P2", LAST_MILE, BUILD_REQUIRED)))
                .when(engineeringApproves("P2", PLANNED_IN_SERVICE))
                .expectEvents(new EngineeringReplied(FORM, "P2", approved(PLANNED_IN_SERVICE), 1, ENG_REPLIED_AT));
    }

    @Test
    void art14_engDeclinesAProject() {
        fixture.givenCommands(steps(aForm().command(), receive(), assess("P2", LAST_MILE, BUILD_REQUIRED)))
                .when(engineeringDeclines("P2"))
                .expectEvents(new EngineeringReplied(FORM, "P2", declined(), 0, ENG_REPLIED_AT));
    }

    @Test
    void art12_refusesAnEngAnswerGivenByCssc() {
        fixture.givenCommands(steps(aForm().command(), receive(), assess("P1", CORE, CORE_INSUFFICIENT)))
                .when(new ReplyFromEngineering(FORM, "P1", true, PLANNED_IN_SERVICE, null, Department.CSSC, TODAY,
                        ENG_REPLIED_AT))
                .expectNoEvents()
                .expectException(forbidden("Art. 12, 14", Department.ENG));
    }

    @Test
    void art12_refusesAnEngAnswerForAPointThatWasNotReferred() {
        fixture.givenCommands(steps(aForm().command(), receive(), allAvailable("P1")))
                .when(engineeringApproves("P1", PLANNED_IN_SERVICE))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.FORM_NO_OPEN_REFERRAL));
    }

    @Test
    void art12_refusesASecondEngAnswerToTheSameReferral() {
        fixture.givenCommands(steps(aForm().command(), receive(), assess("P1", CORE, CORE_INSUFFICIENT),
                        engineeringApproves("P1", PLANNED_IN_SERVICE)))
                .when(engineeringDeclines("P1"))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.FORM_NO_OPEN_REFERRAL));
    }

    @Test
    void art12_refusesAnEngAnswerOnAWithdrawnForm() {
        fixture.givenCommands(steps(aForm().command(), receive(), assess("P1", CORE, CORE_INSUFFICIENT),
                        ConfirmationForms.withdraw("客户暂缓")))
                .when(engineeringApproves("P1", PLANNED_IN_SERVICE))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.FORM_WITHDRAWN));
    }

    @Test
    void art12_refusesAnEngAnswerForAnUnknownPoint() {
        fixture.givenCommands(steps(aForm().command(), receive(), assess("P1", CORE, CORE_INSUFFICIENT)))
                .when(engineeringApproves("P7", PLANNED_IN_SERVICE))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.FORM_NO_SUCH_ACCESS_POINT));
    }

    @Test
    void art12_refusesAnApprovalWithoutPlannedInServiceDate() {
        fixture.givenCommands(steps(aForm().command(), receive(), assess("P1", CORE, CORE_INSUFFICIENT)))
                .when(engineeringApproves("P1", null))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.FORM_PLANNED_DATE_REQUIRED));
    }

    @Test
    void art12_refusesAPlannedInServiceDateInThePast() {
        fixture.givenCommands(steps(aForm().command(), receive(), assess("P1", CORE, CORE_INSUFFICIENT)))
                .when(engineeringApproves("P1", TODAY.minusDays(1)))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.FORM_PLANNED_DATE_IN_PAST));
    }

    @Test
    void art14_refusesAPlannedInServiceDateForADeclinedProject() {
        fixture.givenCommands(steps(aForm().command(), receive(), assess("P2", LAST_MILE, BUILD_REQUIRED)))
                .when(new ReplyFromEngineering(FORM, "P2", false, PLANNED_IN_SERVICE, null, Department.ENG, TODAY,
                        ENG_REPLIED_AT))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.FORM_PLANNED_DATE_NOT_EXPECTED));
    }
}
