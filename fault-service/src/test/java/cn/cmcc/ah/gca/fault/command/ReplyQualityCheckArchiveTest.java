package cn.cmcc.ah.gca.fault.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.fault.FaultArchived;
import cn.cmcc.ah.gca.events.fault.FaultQualityChecked;
import cn.cmcc.ah.gca.events.fault.FaultReplied;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static cn.cmcc.ah.gca.events.Department.CSSC;
import static cn.cmcc.ah.gca.events.Department.CUSTOMER;
import static cn.cmcc.ah.gca.events.Department.MON;
import static cn.cmcc.ah.gca.events.Department.OMT;
import static cn.cmcc.ah.gca.events.Department.PND;
import static cn.cmcc.ah.gca.fault.command.FaultRejection.*;
import static cn.cmcc.ah.gca.fault.command.FaultTestData.*;
import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.CONFLICT;
import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.INVALID;

/**
 * Art. 27: CSSC replies the ticket once the customer confirmed. Art. 25: MON quality-checks the reply; a failed check
 * goes back to CSSC with the findings, to be replied again. Art. 24: MON archives a ticket whose reply passed, and
 * nothing more happens to it.
 */
@DisplayName("Art. 24–25, 27 — reply, quality check and archive")
class ReplyQualityCheckArchiveTest {

    private AggregateTestFixture<FaultTicket> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FaultTicket.class);
    }

    // --- reply (Art. 27) ---

    @Test
    @DisplayName("Art. 27 — CSSC replies the cleared ticket to MON")
    void art27_csscRepliesTheClearedTicketToMon() {
        fixture.givenCommands(cleared(PND))
                .when(reply())
                .expectEvents(new FaultReplied(TICKET, CIRCUIT, CUSTOMER_AA, SUMMARY, MON, AT));
    }

    @Test
    @DisplayName("Art. 27 — no reply before the customer confirmed (409)")
    void art27_noReplyBeforeClearance() {
        fixture.givenCommands(repairedAt(CSSC))
                .when(reply())
                .expectNoEvents()
                .expectException(refused(FAULT_NOT_CLEARED, CONFLICT, TICKET));
        fixture.givenCommands(heldAt(OMT))
                .when(reply())
                .expectNoEvents()
                .expectException(refused(FAULT_NOT_CLEARED, CONFLICT, TICKET));
    }

    @Test
    @DisplayName("Art. 27 — a ticket is replied once until MON's check sends it back (409)")
    void art27_aTicketIsRepliedOnce() {
        fixture.givenCommands(replied(CSSC))
                .when(reply())
                .expectNoEvents()
                .expectException(refused(FAULT_ALREADY_REPLIED, CONFLICT, TICKET));
    }

    @Test
    @DisplayName("Art. 27 — the reply's summary is required")
    void art27_theSummaryIsRequired() {
        for (String summary : new String[]{null, "", "  "}) {
            fixture.givenCommands(cleared(CSSC))
                    .when(new ReplyFault(TICKET, summary, CSSC, AT))
                    .expectNoEvents()
                    .expectException(refused(FAULT_SUMMARY_REQUIRED, INVALID));
        }
    }

    @ParameterizedTest(name = "Art. 25, 27 — {0} does not reply")
    @EnumSource(value = Department.class, mode = EnumSource.Mode.EXCLUDE, names = "CSSC")
    @DisplayName("Art. 25, 27 — only CSSC replies (403)")
    void art27_onlyCsscReplies(Department department) {
        fixture.givenCommands(cleared(CSSC))
                .when(new ReplyFault(TICKET, SUMMARY, department, AT))
                .expectNoEvents()
                .expectException(notAllowed(FaultStep.REPLY_FAULT, department));
    }

    // --- quality check (Art. 25) ---

    @Test
    @DisplayName("Art. 25 — MON passes the reply and holds the ticket to archive")
    void art25_monPassesTheReply() {
        fixture.givenCommands(replied(OMT))
                .when(passCheck())
                .expectEvents(new FaultQualityChecked(TICKET, CIRCUIT, CUSTOMER_AA, true, "", MON, AT));
    }

    @Test
    @DisplayName("Art. 25 — a passed check may carry remarks")
    void art25_aPassedCheckMayCarryRemarks() {
        fixture.givenCommands(replied(OMT))
                .when(new QualityCheckFault(TICKET, true, " 回复规范 ", MON, AT))
                .expectEvents(new FaultQualityChecked(TICKET, CIRCUIT, CUSTOMER_AA, true, "回复规范", MON, AT));
        fixture.givenCommands(replied(OMT))
                .when(new QualityCheckFault(TICKET, true, null, MON, AT))
                .expectEvents(new FaultQualityChecked(TICKET, CIRCUIT, CUSTOMER_AA, true, "", MON, AT));
    }

    @Test
    @DisplayName("Art. 25 — MON fails the reply: back to CSSC with the findings")
    void art25_aFailedCheckGoesBackToCssc() {
        fixture.givenCommands(replied(CSSC))
                .when(failCheck())
                .expectEvents(new FaultQualityChecked(TICKET, CIRCUIT, CUSTOMER_AA, false, FINDINGS, CSSC, AT));
    }

    @Test
    @DisplayName("Art. 25 — a failed check needs its findings")
    void art25_aFailedCheckNeedsItsFindings() {
        for (String findings : new String[]{null, "", " "}) {
            fixture.givenCommands(replied(CSSC))
                    .when(new QualityCheckFault(TICKET, false, findings, MON, AT))
                    .expectNoEvents()
                    .expectException(refused(FAULT_FINDINGS_REQUIRED, INVALID));
        }
    }

    @Test
    @DisplayName("Art. 25 — sent back, CSSC replies again")
    void art25_sentBackCsscRepliesAgain() {
        fixture.givenCommands(steps(replied(CSSC), failCheck()))
                .when(new ReplyFault(TICKET, SUMMARY + "；故障原因：光缆挖断，历时2小时", CSSC, AT))
                .expectEvents(new FaultReplied(TICKET, CIRCUIT, CUSTOMER_AA, SUMMARY + "；故障原因：光缆挖断，历时2小时",
                        MON, AT));
    }

    @Test
    @DisplayName("Art. 25 — replied again, the reply passes")
    void art25_repliedAgainTheReplyPasses() {
        fixture.givenCommands(steps(replied(CSSC), failCheck(), reply()))
                .when(passCheck())
                .expectEvents(new FaultQualityChecked(TICKET, CIRCUIT, CUSTOMER_AA, true, "", MON, AT));
    }

    @Test
    @DisplayName("Art. 24–25 — failed, replied again and passed, MON archives")
    void art25_failedRepliedAgainAndPassedMonArchives() {
        fixture.givenCommands(steps(replied(CSSC), failCheck(), reply(), passCheck()))
                .when(archive())
                .expectEvents(new FaultArchived(TICKET, CIRCUIT, CUSTOMER_AA, MON, MON, AT));
    }

    @Test
    @DisplayName("Art. 25 — no check before CSSC replied (409)")
    void art25_noCheckBeforeTheReply() {
        fixture.givenCommands(cleared(CSSC))
                .when(passCheck())
                .expectNoEvents()
                .expectException(refused(FAULT_NOT_REPLIED, CONFLICT, TICKET));
    }

    @Test
    @DisplayName("Art. 25 — sent back, no second check before CSSC replies again (409)")
    void art25_sentBackNoCheckBeforeTheNewReply() {
        fixture.givenCommands(steps(replied(CSSC), failCheck()))
                .when(passCheck())
                .expectNoEvents()
                .expectException(refused(FAULT_NOT_REPLIED, CONFLICT, TICKET));
    }

    @Test
    @DisplayName("Art. 25 — a passed reply is not checked again (409)")
    void art25_aPassedReplyIsNotCheckedAgain() {
        fixture.givenCommands(checked(CSSC))
                .when(failCheck())
                .expectNoEvents()
                .expectException(refused(FAULT_ALREADY_CHECKED, CONFLICT, TICKET));
    }

    @ParameterizedTest(name = "Art. 25 — {0} does not quality-check")
    @EnumSource(value = Department.class, mode = EnumSource.Mode.EXCLUDE, names = "MON")
    @DisplayName("Art. 25 — only MON quality-checks (403)")
    void art25_onlyMonChecks(Department department) {
        fixture.givenCommands(replied(CSSC))
                .when(new QualityCheckFault(TICKET, true, "", department, AT))
                .expectNoEvents()
                .expectException(notAllowed(FaultStep.QUALITY_CHECK_FAULT, department));
    }

    // --- archive (Art. 24) ---

    @Test
    @DisplayName("Art. 24 — MON archives a ticket whose reply passed")
    void art24_monArchives() {
        fixture.givenCommands(checked(PND))
                .when(archive())
                .expectEvents(new FaultArchived(TICKET, CIRCUIT, CUSTOMER_AA, MON, MON, AT));
    }

    @Test
    @DisplayName("Art. 24–25 — no archive before the reply passed the check (409)")
    void art24_noArchiveBeforeTheCheck() {
        fixture.givenCommands(replied(CSSC))
                .when(archive())
                .expectNoEvents()
                .expectException(refused(FAULT_NOT_CHECKED, CONFLICT, TICKET));
        fixture.givenCommands(steps(replied(CSSC), failCheck()))
                .when(archive())
                .expectNoEvents()
                .expectException(refused(FAULT_NOT_CHECKED, CONFLICT, TICKET));
        fixture.givenCommands(accepted())
                .when(archive())
                .expectNoEvents()
                .expectException(refused(FAULT_NOT_CHECKED, CONFLICT, TICKET));
    }

    @ParameterizedTest(name = "Art. 24 — {0} does not archive")
    @EnumSource(value = Department.class, mode = EnumSource.Mode.EXCLUDE, names = "MON")
    @DisplayName("Art. 24 — only MON archives (403)")
    void art24_onlyMonArchives(Department department) {
        fixture.givenCommands(checked(CSSC))
                .when(new ArchiveFault(TICKET, department, AT))
                .expectNoEvents()
                .expectException(notAllowed(FaultStep.ARCHIVE_FAULT, department));
    }

    static Stream<Object> everyStepByItsDepartment() {
        return Stream.of(accept(MON), dispatch(), diagnose(false), escalate(CSSC), handBack(OMT, CSSC),
                repair(CSSC), repair(PND), confirm(CUSTOMER), rejectClearance(CSSC), reply(), passCheck(),
                failCheck(), archive());
    }

    @ParameterizedTest(name = "Art. 24 — archived: {0} is refused")
    @MethodSource("everyStepByItsDepartment")
    @DisplayName("Art. 24 — nothing more happens to an archived ticket (409)")
    void art24_nothingMoreHappensToAnArchivedTicket(Object step) {
        fixture.givenCommands(archived(OMT))
                .when(step)
                .expectNoEvents()
                .expectException(refused(FAULT_ARCHIVED, CONFLICT, TICKET));
    }
}
