package cn.cmcc.ah.gca.sla.rules;

import cn.cmcc.ah.gca.sla.rules.InvalidRulesException.Problem;
import cn.cmcc.ah.gca.support.test.RejectionMessages;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A rules document is validated against the event catalog before it takes effect (issue 9: "a rule naming an event no
 * service publishes is refused with a clear message — so no clock starts that nothing can stop"), and refused whole,
 * with every problem named.
 */
class RuleValidationTest {

    /** The shipped fault.restoration rule's stop, as the file writes it. */
    private static final String RESTORATION_STOP = "    stop:\n      - event: gca.fault.FaultRepaired.v1\n"
            + "        subjectId: /ticketId\n        at: /repairedAt\n";

    /** The shipped document with {@code from} replaced by {@code to} in the fault.restoration rule. */
    private static List<Problem> restorationWith(String from, String to) {
        return problems(Rules.inRule(Rules.shippedText(), "fault.restoration", from, to));
    }

    private static List<Problem> problems(String yaml) {
        ThrowingCallable compile = () -> Rules.yaml(yaml);
        return catchThrowableOfType(InvalidRulesException.class, compile).problems();
    }

    private static List<Problem> problemsWith(String rule) {
        return problems(Rules.shippedWith(rule));
    }

    private static RuleRejection only(List<Problem> problems) {
        assertThat(problems).hasSize(1);
        return problems.get(0).rejection();
    }

    @Test
    void theShippedRulesPass() {
        assertThat(Rules.shipped().rules()).hasSize(10);
    }

    @Test
    void refusesFaultRestorationWithoutAStopEventNamingTheRule() {
        List<Problem> problems = restorationWith(RESTORATION_STOP, "");

        assertThat(only(problems)).isEqualTo(RuleRejection.RULE_WITHOUT_STOP);
        assertThat(problems.get(0).args()).containsExactly("fault.restoration");
    }

    @Test
    void refusesFaultRestorationStoppedByAnEventNoServicePublishesNamingTheRuleAndTheType() {
        List<Problem> problems = restorationWith("gca.fault.FaultRepaired.v1", "gca.fault.FaultRepairReplied.v1");

        assertThat(only(problems)).isEqualTo(RuleRejection.EVENT_TYPE_UNKNOWN);
        assertThat(problems.get(0).args()).containsExactly("fault.restoration", "stop",
                "gca.fault.FaultRepairReplied.v1");
    }

    /** The shipped fault.restoration rule's reopen trigger, as the file writes it. */
    private static final String RESTORATION_REOPEN = "    reopen:\n      - event: gca.fault.FaultReopened.v1\n"
            + "        subjectId: /ticketId\n        at: /reopenedAt\n";

    /** The shipped fault.restoration rule's hand-over on an escalation, as the file writes it. */
    private static final String RESTORATION_ESCALATED = "      - event: gca.fault.FaultEscalated.v1\n"
            + "        subjectId: /ticketId\n        at: /escalatedAt\n        department: /holder\n";

    private static List<Problem> restorationReopenWith(String from, String to) {
        return restorationWith(RESTORATION_REOPEN, RESTORATION_REOPEN.replace(from, to));
    }

    private static List<Problem> restorationEscalatedWith(String from, String to) {
        return restorationWith(RESTORATION_ESCALATED, RESTORATION_ESCALATED.replace(from, to));
    }

    @Test
    void refusesAReopeningByAnEventNoServicePublishesOrReadFromAFieldItLacks_asAnyTrigger() {
        List<Problem> unknown = restorationReopenWith("gca.fault.FaultReopened.v1", "gca.fault.FaultRejected.v1");
        List<Problem> absent = restorationReopenWith("at: /reopenedAt", "at: /rejectedAt");
        List<Problem> incomplete = restorationReopenWith("\n        at: /reopenedAt", "");

        assertThat(only(unknown)).isEqualTo(RuleRejection.EVENT_TYPE_UNKNOWN);
        assertThat(unknown.get(0).args()).containsExactly("fault.restoration", "reopen", "gca.fault.FaultRejected.v1");
        assertThat(only(absent)).isEqualTo(RuleRejection.POINTER_NOT_ON_EVENT);
        assertThat(absent.get(0).args()).containsExactly("fault.restoration", "/rejectedAt", "FaultReopened");
        assertThat(only(incomplete)).isEqualTo(RuleRejection.TRIGGER_INCOMPLETE);
        assertThat(incomplete.get(0).args()).containsExactly("fault.restoration", "reopen",
                "gca.fault.FaultReopened.v1", "at");
    }

    @Test
    void refusesAHandOverWithoutADepartmentOrFromAFieldThatIsNoDepartmentOrOnAnEventNoServicePublishes() {
        List<Problem> without = restorationEscalatedWith("\n        department: /holder", "");
        List<Problem> notADepartment = restorationEscalatedWith("department: /holder", "department: /direction");
        List<Problem> absent = restorationEscalatedWith("department: /holder", "department: /toDepartment");
        List<Problem> unknown = restorationEscalatedWith("gca.fault.FaultEscalated.v1", "gca.fault.FaultMoved.v1");

        assertThat(only(without)).isEqualTo(RuleRejection.TRIGGER_INCOMPLETE);
        assertThat(without.get(0).args()).containsExactly("fault.restoration", "handOver",
                "gca.fault.FaultEscalated.v1", "department");
        assertThat(only(notADepartment)).isEqualTo(RuleRejection.POINTER_WRONG_TYPE);
        assertThat(only(absent)).isEqualTo(RuleRejection.POINTER_NOT_ON_EVENT);
        assertThat(absent.get(0).args()).containsExactly("fault.restoration", "/toDepartment", "FaultEscalated");
        assertThat(only(unknown)).isEqualTo(RuleRejection.EVENT_TYPE_UNKNOWN);
        assertThat(unknown.get(0).args()).containsExactly("fault.restoration", "handOver", "gca.fault.FaultMoved.v1");
    }

    @Test
    void refusesADepartmentOnATriggerThatHandsNothingOver() {
        List<Problem> problems = restorationWith(RESTORATION_STOP, RESTORATION_STOP + "        department: /holder\n");

        assertThat(only(problems)).isEqualTo(RuleRejection.TRIGGER_FIELD_UNEXPECTED);
        assertThat(problems.get(0).args()).containsExactly("fault.restoration", "stop", "gca.fault.FaultRepaired.v1",
                "department");
    }

    @Test
    void refusesAFutureRevisionOfAKnownEvent() {
        String text = Rules.inRule(Rules.shippedText(), "fault.acceptance", "gca.fault.FaultAccepted.v3",
                "gca.fault.FaultAccepted.v4");

        assertThat(only(problems(text))).isEqualTo(RuleRejection.EVENT_TYPE_UNKNOWN);
    }

    @Test
    void refusesAPointerThatIsMalformedOrNotOnTheEventOrOfTheWrongType() {
        List<Problem> malformed = problems(Rules.shippedText().replace("subjectId: /ticketId", "subjectId: ticketId"));
        List<Problem> absent = problems(Rules.inRule(Rules.shippedText(), "fault.acceptance", "at: /acceptedAt",
                "at: /acceptedWhen"));
        List<Problem> wrongType = problems(Rules.inRule(Rules.shippedText(), "fault.acceptance", "at: /acceptedAt",
                "at: /acceptedBy"));

        assertThat(malformed).extracting(Problem::rejection).containsOnly(RuleRejection.POINTER_MALFORMED);
        assertThat(malformed.get(0).args()).containsExactly("fault.acceptance", "ticketId");
        assertThat(only(absent)).isEqualTo(RuleRejection.POINTER_NOT_ON_EVENT);
        assertThat(absent.get(0).args()).containsExactly("fault.acceptance", "/acceptedWhen", "FaultAccepted");
        assertThat(only(wrongType)).isEqualTo(RuleRejection.POINTER_WRONG_TYPE);
        assertThat(wrongType.get(0).args()).containsExactly("fault.acceptance", "/acceptedBy", "FaultAccepted",
                "Department", "Instant");
    }

    @Test
    void refusesATableFieldNoStartOrRecomputeEventCarries() {
        String text = Rules.shippedText().replace("[/pointsPerOutcome/available, /pointCounts/available]",
                "[/pointsPerOutcome/availible, /pointCounts/availible]");

        List<Problem> problems = problems(text);

        assertThat(only(problems)).isEqualTo(RuleRejection.POINTER_NOT_ON_EVENT);
        assertThat(problems.get(0).args()).containsExactly("presale.confirmation",
                "/pointsPerOutcome/availible | /pointCounts/availible", "ConfirmationFormReceived, SegmentAssessed");
    }

    @Test
    void refusesATierThatIsNoServiceLevel() {
        List<Problem> problems = restorationWith("AA: {clockTime: PT6H}", "GOLD: {clockTime: PT6H}");

        assertThat(only(problems)).isEqualTo(RuleRejection.TIER_UNKNOWN);
        assertThat(problems.get(0).args()).containsExactly("fault.restoration", "GOLD", "AAA, AA, A, STANDARD");
    }

    @Test
    void refusesLimitsThatAreNotPositiveOrNoDurationOrOfTwoKinds() {
        assertThat(only(problems(Rules.shippedText().replace("limit:\n      workingDays: 3", "limit:\n      workingDays: 0"))))
                .isEqualTo(RuleRejection.LIMIT_NOT_POSITIVE);
        assertThat(only(problems(Rules.shippedText().replace("clockTime: PT15M", "clockTime: 15 minutes"))))
                .isEqualTo(RuleRejection.DURATION_MALFORMED);
        assertThat(only(problems(Rules.shippedText().replace("limit:\n      workingDays: 3", "limit:\n      workingDays: 3\n      clockTime: PT1H"))))
                .isEqualTo(RuleRejection.LIMIT_INVALID);
    }

    @Test
    void refusesAWarningFractionOutsideZeroToOne() {
        assertThat(only(problems(Rules.shippedText().replace("warnFraction: 0.8 ", "warnFraction: 1.0 "))))
                .isEqualTo(RuleRejection.WARN_FRACTION_OUT_OF_RANGE);
        assertThat(only(problems(Rules.shippedText().replace("warnFraction: 0.8 ", "warnFraction: 0 "))))
                .isEqualTo(RuleRejection.WARN_FRACTION_OUT_OF_RANGE);
    }

    @Test
    void refusesDuplicateAndMalformedIdsAndRulesWithoutStartArticleOrHolder() {
        String twice = Rules.shippedText().replace("id: presale.template", "id: fault.acceptance");
        assertThat(only(problems(twice))).isEqualTo(RuleRejection.RULE_ID_DUPLICATE);
        assertThat(only(problems(Rules.shippedText().replace("id: presale.template", "id: Presale:Template"))))
                .isEqualTo(RuleRejection.RULE_ID_MALFORMED);
        assertThat(problemsWith("""
                - id: test.bare
                  stop: [{event: gca.fault.FaultAccepted.v3, subjectId: /ticketId, at: /acceptedAt}]
                  limit: {clockTime: PT1H}
                """)).extracting(Problem::rejection).containsExactly(RuleRejection.RULE_FIELD_MISSING,
                RuleRejection.RULE_FIELD_MISSING, RuleRejection.RULE_WITHOUT_START, RuleRejection.RULE_FIELD_MISSING,
                RuleRejection.RULE_FIELD_MISSING);
    }

    @Test
    void refusesConditionsWithoutOneOperatorOrWithAValueTheEnumDoesNotHave() {
        String base = """
                - id: test.condition
                  article: "Art. 24"
                  name: 条件
                  start:
                    - event: gca.fault.FaultReported.v3
                      subjectId: /ticketId
                      at: /reportedAt
                      when: [%s]
                  stop: [{event: gca.fault.FaultAccepted.v3, subjectId: /ticketId, at: /acceptedAt}]
                  limit: {clockTime: PT1H}
                  heldBy: {department: CSSC}
                  escalateTo: PND
                """;

        assertThat(only(problemsWith(base.formatted("{field: /channel, equals: DIRECT}"))))
                .isEqualTo(RuleRejection.CONDITION_VALUE_UNKNOWN);
        assertThat(only(problemsWith(base.formatted("{field: /channel, equals: CALL_CENTER, notEquals: MON}"))))
                .isEqualTo(RuleRejection.CONDITION_INVALID);
        assertThat(only(problemsWith(base.formatted("{field: /symptom, atLeast: 2}"))))
                .isEqualTo(RuleRejection.POINTER_WRONG_TYPE);
    }

    @Test
    void refusesUnknownDepartmentsAndUnknownFieldsAndUnreadableText() {
        assertThat(only(problems(Rules.inRule(Rules.shippedText(), "fault.acceptance", "escalateTo: PND",
                "escalateTo: NOC")))).isEqualTo(RuleRejection.DEPARTMENT_UNKNOWN);
        assertThat(only(problems(Rules.inRule(Rules.shippedText(), "fault.acceptance", "escalateTo: PND",
                "escalateTo: PND\n    owner: PND")))).isEqualTo(RuleRejection.DOCUMENT_UNREADABLE);
        assertThat(only(problems("rules: [ {id: x"))).isEqualTo(RuleRejection.DOCUMENT_UNREADABLE);
        assertThat(only(problems("rules: []"))).isEqualTo(RuleRejection.NO_RULES);
    }

    @Test
    void reportsEveryProblemOfADocumentAtOnce() {
        String text = Rules.inRule(Rules.shippedText(), "fault.acceptance", "escalateTo: PND", "escalateTo: NOC")
                .replace("limit:\n      workingDays: 3", "limit:\n      workingDays: -1");

        InvalidRulesException refused = catchThrowableOfType(InvalidRulesException.class, () -> Rules.yaml(text));

        assertThat(refused.problems()).extracting(Problem::rejection)
                .containsExactly(RuleRejection.LIMIT_NOT_POSITIVE, RuleRejection.DEPARTMENT_UNKNOWN);
        assertThat(refused.rejection()).isEqualTo(RuleRejection.RULES_INVALID);
        assertThat(refused.kind().status()).isEqualTo(422);
    }

    @Test
    void everyRefusalHasItsTextInChineseAndEnglish() {
        RejectionMessages.assertComplete(RuleRejection.class, "sla-messages");
    }
}
