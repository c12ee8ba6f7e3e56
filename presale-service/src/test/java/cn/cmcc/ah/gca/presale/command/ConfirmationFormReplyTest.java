package cn.cmcc.ah.gca.presale.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.presale.EngineeringAnswer;
import cn.cmcc.ah.gca.events.presale.NegotiationRecorded;
import cn.cmcc.ah.gca.events.presale.NetworkSolutionLine;
import cn.cmcc.ah.gca.events.presale.ResourceConfirmed;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static cn.cmcc.ah.gca.support.test.Refusals.refusedWith;
import static cn.cmcc.ah.gca.events.presale.AssessmentOutcome.AVAILABLE;
import static cn.cmcc.ah.gca.events.presale.AssessmentOutcome.BUILD_REQUIRED;
import static cn.cmcc.ah.gca.events.presale.AssessmentOutcome.CORE_INSUFFICIENT;
import static cn.cmcc.ah.gca.events.presale.AssessmentOutcome.LAST_MILE_OPTIMIZABLE;
import static cn.cmcc.ah.gca.events.presale.NegotiationOutcome.ACCEPTED;
import static cn.cmcc.ah.gca.events.presale.NegotiationOutcome.DECLINED;
import static cn.cmcc.ah.gca.events.presale.NegotiationOutcome.RENEGOTIATE;
import static cn.cmcc.ah.gca.events.presale.Segment.ACCESS_BACKBONE;
import static cn.cmcc.ah.gca.events.presale.Segment.CORE;
import static cn.cmcc.ah.gca.events.presale.Segment.LAST_MILE;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.FORM;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.NEXT_FORM;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.P1;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.P2;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.PLANNED_IN_SERVICE;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.READY_DATE;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.aForm;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.allAvailable;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.allAvailableCapability;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.approved;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.assess;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.assessAll;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.capability;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.counts;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.perOutcome;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.declined;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.defaultRequest;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.engineeringApproves;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.engineeringDeclines;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.found;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.line;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.linesFor;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.negotiated;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.optimisable;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.optimisableLastMile;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.receive;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.replyCovering;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.replyWithLines;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.solutionCovering;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.steps;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.withdraw;
import static cn.cmcc.ah.gca.presale.command.PresaleTestData.CONFIRMED_AT;
import static cn.cmcc.ah.gca.presale.command.PresaleTestData.NEGOTIATED_AT;
import static cn.cmcc.ah.gca.presale.command.PresaleTestData.RECEIVED_AT;
import static cn.cmcc.ah.gca.presale.command.Rejections.forbidden;

/** Form 1: CSSC's reply with capability and network solution (Art. 11–15) and GCD's negotiation (Art. 16). */
class ConfirmationFormReplyTest {

    private AggregateTestFixture<ConfirmationForm> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ConfirmationForm.class);
    }

    /** P1: last mile optimisable by 20 March (Art. 13); P2: backbone and last mile to build, approved by ENG (Art. 14). */
    private static List<Object> assessedWithAnOptimisableAndAnApprovedBuildPoint() {
        return steps(aForm().command(), receive(),
                assess("P1", CORE, AVAILABLE), assess("P1", ACCESS_BACKBONE, AVAILABLE),
                optimisableLastMile("P1", READY_DATE),
                assessAll("P2", AVAILABLE, BUILD_REQUIRED, BUILD_REQUIRED),
                engineeringApproves("P2", PLANNED_IN_SERVICE));
    }

    private static List<Object> replied() {
        return steps(aForm().command(), receive(), allAvailable("P1"), allAvailable("P2"), replyCovering("P1", "P2"));
    }

    // --- reply ---

    @Test
    void art15_csscRepliesWithTheCapabilityOfEachPointAndTheEndToEndSolution() {
        fixture.givenCommands(assessedWithAnOptimisableAndAnApprovedBuildPoint())
                .when(replyCovering("P1", "P2"))
                .expectEvents(new ResourceConfirmed(FORM, defaultRequest(), List.of(
                                capability(P1, LAST_MILE_OPTIMIZABLE, true, "2026-03-20", EngineeringAnswer.notReferred(),
                                        found(CORE, AVAILABLE), found(ACCESS_BACKBONE, AVAILABLE), optimisable(READY_DATE)),
                                capability(P2, BUILD_REQUIRED, true, "2026-04-30", approved(PLANNED_IN_SERVICE),
                                        found(CORE, AVAILABLE), found(ACCESS_BACKBONE, BUILD_REQUIRED),
                                        found(LAST_MILE, BUILD_REQUIRED))),
                        solutionCovering("P1", "P2"), counts(0, 1, 0, 1, 0), perOutcome(2, 1, 0, 1, 0),
                        RECEIVED_AT, CONFIRMED_AT));
    }

    @Test
    void art11_aFormWithEveryResourceInPlaceIsRepliedWithoutDates() {
        fixture.givenCommands(steps(aForm().command(), receive(), allAvailable("P1"), allAvailable("P2")))
                .when(replyCovering("P1", "P2"))
                .expectEvents(new ResourceConfirmed(FORM, defaultRequest(),
                        List.of(allAvailableCapability(P1), allAvailableCapability(P2)),
                        solutionCovering("P1", "P2"), counts(2, 0, 0, 0, 0), perOutcome(2, 0, 0, 0, 0),
                        RECEIVED_AT, CONFIRMED_AT));
    }

    @Test
    void art13_aPointWaitingForOptimisationAndForAProjectIsReadyByTheLaterDate() {
        fixture.givenCommands(steps(aForm().command(), receive(), allAvailable("P2"),
                        assess("P1", CORE, AVAILABLE), assess("P1", ACCESS_BACKBONE, BUILD_REQUIRED),
                        optimisableLastMile("P1", READY_DATE), engineeringApproves("P1", PLANNED_IN_SERVICE)))
                .when(replyCovering("P1", "P2"))
                .expectEvents(new ResourceConfirmed(FORM, defaultRequest(), List.of(
                                capability(P1, BUILD_REQUIRED, true, "2026-04-30", approved(PLANNED_IN_SERVICE),
                                        found(CORE, AVAILABLE), found(ACCESS_BACKBONE, BUILD_REQUIRED),
                                        optimisable(READY_DATE)),
                                allAvailableCapability(P2)),
                        solutionCovering("P1", "P2"), counts(1, 0, 0, 1, 0), perOutcome(2, 1, 0, 1, 0),
                        RECEIVED_AT, CONFIRMED_AT));
    }

    @Test
    void art14_aPointEngDeclinedIsRepliedAsNotProvisionableAndNeedsNoSolutionLines() {
        fixture.givenCommands(steps(aForm().command(), receive(), allAvailable("P1"),
                        assessAll("P2", AVAILABLE, AVAILABLE, BUILD_REQUIRED), engineeringDeclines("P2")))
                .when(replyCovering("P1"))
                .expectEvents(new ResourceConfirmed(FORM, defaultRequest(), List.of(
                                allAvailableCapability(P1),
                                capability(P2, BUILD_REQUIRED, false, "", declined(), found(CORE, AVAILABLE),
                                        found(ACCESS_BACKBONE, AVAILABLE), found(LAST_MILE, BUILD_REQUIRED))),
                        solutionCovering("P1"), counts(1, 0, 0, 1, 0), perOutcome(2, 0, 0, 1, 0),
                        RECEIVED_AT, CONFIRMED_AT));
    }

    @Test
    void art12_aPointWhoseReferralWasCancelledIsRepliedWithoutEngsAnswer() {
        fixture.givenCommands(steps(aForm().command(), receive(), allAvailable("P1"),
                        assessAll("P2", CORE_INSUFFICIENT, AVAILABLE, AVAILABLE),
                        engineeringApproves("P2", PLANNED_IN_SERVICE), assess("P2", CORE, AVAILABLE)))
                .when(replyCovering("P1", "P2"))
                .expectEvents(new ResourceConfirmed(FORM, defaultRequest(),
                        List.of(allAvailableCapability(P1), allAvailableCapability(P2)),
                        solutionCovering("P1", "P2"), counts(2, 0, 0, 0, 0), perOutcome(2, 0, 0, 0, 0),
                        RECEIVED_AT, CONFIRMED_AT));
    }

    @Test
    void art15_refusesAReplyBeforeEveryPointAndSegmentIsAssessed() {
        fixture.givenCommands(steps(aForm().command(), receive(), allAvailable("P1"), assess("P2", CORE, AVAILABLE)))
                .when(replyCovering("P1", "P2"))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.FORM_ASSESSMENT_INCOMPLETE, "P2", "ACCESS_BACKBONE"));
    }

    @Test
    void art15_refusesAReplyWhileAReferralIsOpen() {
        fixture.givenCommands(steps(aForm().command(), receive(), allAvailable("P1"),
                        assessAll("P2", AVAILABLE, BUILD_REQUIRED, AVAILABLE)))
                .when(replyCovering("P1", "P2"))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.FORM_REFERRAL_OPEN, "P2"));
    }

    @Test
    void art15_refusesAReplyBeforeCsscReceivedTheForm() {
        fixture.givenCommands(aForm().command())
                .when(replyCovering("P1", "P2"))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.FORM_NOT_RECEIVED));
    }

    @Test
    void art15_refusesAReplyToAWithdrawnForm() {
        fixture.givenCommands(steps(aForm().command(), receive(), allAvailable("P1"), allAvailable("P2"),
                        withdraw("客户暂缓")))
                .when(replyCovering("P1", "P2"))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.FORM_WITHDRAWN));
    }

    /** Two CSSC users replying at once: Axon's optimistic locking serialises them, and the second finds this. */
    @Test
    void art15_refusesASecondReply() {
        fixture.givenCommands(replied())
                .when(replyCovering("P1", "P2"))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.FORM_ALREADY_REPLIED));
    }

    @Test
    void art15_refusesAReplyByGcd() {
        fixture.givenCommands(steps(aForm().command(), receive(), allAvailable("P1"), allAvailable("P2")))
                .when(new ReplyWithResourceConfirmation(FORM, "方案", linesFor("P1", "P2"), Department.GCD, CONFIRMED_AT))
                .expectNoEvents()
                .expectException(forbidden("Art. 15", Department.CSSC));
    }

    @Test
    void art15_refusesAReplyWithoutTheSolutionText() {
        fixture.givenCommands(steps(aForm().command(), receive(), allAvailable("P1"), allAvailable("P2")))
                .when(new ReplyWithResourceConfirmation(FORM, " ", linesFor("P1", "P2"), Department.CSSC, CONFIRMED_AT))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.FORM_SOLUTION_SUMMARY_REQUIRED));
    }

    @Test
    void art15_refusesASolutionMissingASegmentOfAProvisionablePoint() {
        List<NetworkSolutionLine> lines = new ArrayList<>(linesFor("P1"));
        lines.add(line("P2", CORE));
        lines.add(line("P2", ACCESS_BACKBONE));

        fixture.givenCommands(steps(aForm().command(), receive(), allAvailable("P1"), allAvailable("P2")))
                .when(replyWithLines(lines))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.FORM_SOLUTION_INCOMPLETE, "P2", "LAST_MILE"));
    }

    @Test
    void art15_refusesASolutionLineForAnUnknownPoint() {
        List<NetworkSolutionLine> lines = new ArrayList<>(linesFor("P1", "P2"));
        lines.add(line("P3", CORE));

        fixture.givenCommands(steps(aForm().command(), receive(), allAvailable("P1"), allAvailable("P2")))
                .when(replyWithLines(lines))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.FORM_SOLUTION_UNKNOWN_POINT, "P3"));
    }

    @Test
    void art15_refusesTwoSolutionLinesForTheSameSegment() {
        List<NetworkSolutionLine> lines = new ArrayList<>(linesFor("P1", "P2"));
        lines.add(line("P1", CORE));

        fixture.givenCommands(steps(aForm().command(), receive(), allAvailable("P1"), allAvailable("P2")))
                .when(replyWithLines(lines))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.FORM_SOLUTION_DUPLICATE_LINE));
    }

    @Test
    void art15_refusesASolutionLineWithoutBandwidth() {
        List<NetworkSolutionLine> lines = new ArrayList<>(linesFor("P1"));
        lines.add(new NetworkSolutionLine("P2", CORE, "合肥城域网核心", "CR02 10GE 2/0/5", 0));
        lines.add(line("P2", ACCESS_BACKBONE));
        lines.add(line("P2", LAST_MILE));

        fixture.givenCommands(steps(aForm().command(), receive(), allAvailable("P1"), allAvailable("P2")))
                .when(replyWithLines(lines))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.FORM_BANDWIDTH_INVALID));
    }

    @Test
    void art15_refusesASolutionLineWithoutRoute() {
        List<NetworkSolutionLine> lines = new ArrayList<>(linesFor("P1"));
        lines.add(new NetworkSolutionLine("P2", CORE, "", "CR02 10GE 2/0/5", 100));
        lines.add(line("P2", ACCESS_BACKBONE));
        lines.add(line("P2", LAST_MILE));

        fixture.givenCommands(steps(aForm().command(), receive(), allAvailable("P1"), allAvailable("P2")))
                .when(replyWithLines(lines))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.FORM_SOLUTION_LINE_INCOMPLETE));
    }

    // --- negotiation ---

    @Test
    void art16_anAcceptedNegotiationRepeatsWhatWasConfirmedForProvisioning() {
        fixture.givenCommands(replied())
                .when(negotiated(ACCEPTED))
                .expectEvents(new NegotiationRecorded(FORM, ACCEPTED, "", "客户接受分期开通", defaultRequest(),
                        List.of(allAvailableCapability(P1), allAvailableCapability(P2)), solutionCovering("P1", "P2"),
                        NEGOTIATED_AT));
    }

    @Test
    void art16_aDeclinedNegotiationIsRecorded() {
        fixture.givenCommands(replied())
                .when(negotiated(DECLINED))
                .expectEvents(new NegotiationRecorded(FORM, DECLINED, "", "客户接受分期开通", defaultRequest(),
                        List.of(allAvailableCapability(P1), allAvailableCapability(P2)), solutionCovering("P1", "P2"),
                        NEGOTIATED_AT));
    }

    /** The new form travels with the outcome (RenegotiationTest); RENEGOTIATE alone is refused. */
    @Test
    void art16_refusesARenegotiateOutcomeWithoutItsNewForm() {
        fixture.givenCommands(replied())
                .when(negotiated(RENEGOTIATE))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.FORM_NEW_FORM_REQUIRED));
    }

    @Test
    void art16_refusesANegotiationWithoutOutcome() {
        fixture.givenCommands(replied())
                .when(negotiated(null))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.FORM_NEGOTIATION_OUTCOME_REQUIRED));
    }

    @Test
    void art16_refusesANegotiationBeforeTheReply() {
        fixture.givenCommands(steps(aForm().command(), receive(), allAvailable("P1"), allAvailable("P2")))
                .when(negotiated(ACCEPTED))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.FORM_NOT_REPLIED));
    }

    @Test
    void art16_refusesASecondNegotiationOutcome() {
        fixture.givenCommands(steps(replied(), negotiated(ACCEPTED)))
                .when(negotiated(DECLINED))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.FORM_NEGOTIATION_ALREADY_RECORDED));
    }

    @Test
    void art16_refusesANegotiationOnAWithdrawnForm() {
        fixture.givenCommands(steps(aForm().command(), withdraw("客户暂缓")))
                .when(negotiated(ACCEPTED))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.FORM_WITHDRAWN));
    }

    @Test
    void art16_refusesANegotiationRecordedByCssc() {
        fixture.givenCommands(replied())
                .when(new RecordNegotiationOutcome(FORM, ACCEPTED, null, Department.CSSC, NEGOTIATED_AT))
                .expectNoEvents()
                .expectException(forbidden("Art. 16", Department.GCD));
    }
}
