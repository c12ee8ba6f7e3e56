package cn.cmcc.ah.gca.sla.rules;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.events.fault.ReportChannel;
import cn.cmcc.ah.gca.sla.rules.Limit.ClockTime;
import cn.cmcc.ah.gca.sla.rules.Limit.UntilDate;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;

import static cn.cmcc.ah.gca.sla.rules.Events.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Conditions on event fields, per-service-level tiers and a limit that is a date carried by an event. */
class ConditionsTiersAndDatesTest {

    /** The restoration targets by tier (workflow-en.md) on a rule a test can stop: acceptance stops it. */
    private static final String TIERED = """
            - id: test.tiered
              article: "decision: workflow-en.md, fault time limits"
              name: 分级时限
              customer: {groupId: /customer/groupId, serviceLevel: /customer/serviceLevel}
              start: [{event: gca.fault.FaultReported.v3, subjectId: /ticketId, at: /reportedAt}]
              stop: [{event: gca.fault.FaultAccepted.v3, subjectId: /ticketId, at: /acceptedAt}]
              limit:
                clockTime: PT24H
                tiers: {AAA: {clockTime: PT4H}, AA: {clockTime: PT6H}, A: {clockTime: PT8H}}
              warnFraction: 0.75
              heldBy: {department: CSSC}
              escalateTo: PND
            """;

    private static final String CONDITIONAL = """
            - id: test.direct
              article: "Art. 24"
              name: 直接申告受理
              start:
                - event: gca.fault.FaultReported.v3
                  subjectId: /ticketId
                  at: /reportedAt
                  when:
                    - {field: /channel, equals: CUSTOMER_DIRECT}
                    - {field: /customer/serviceLevel, in: [AAA, AA]}
                    - {field: /acceptingDepartment, notEquals: MON}
              stop: [{event: gca.fault.FaultAccepted.v3, subjectId: /ticketId, at: /acceptedAt}]
              limit: {clockTime: PT10M}
              heldBy: {department: CSSC}
              escalateTo: PND
            - id: test.many-points
              article: "Art. 13"
              name: 多点
              start:
                - event: gca.presale.ConfirmationFormReceived.v1
                  subjectId: /formId
                  at: /receivedAt
                  when: [{field: /accessPointCount, atLeast: 3}]
              stop: [{event: gca.presale.ResourceConfirmed.v2, subjectId: /formId, at: /confirmedAt}]
              limit: {workingDays: 5}
              heldBy: {department: CSSC}
              escalateTo: GCD
            """;

    /** Art. 19 in miniature: the deadline is the planned in-service date ENG replied. */
    private static final String DATED = """
            - id: test.engineering
              article: "Art. 19"
              name: 按计划投产日期
              start: [{event: gca.presale.EngineeringReplied.v1, subjectId: /formId, at: /repliedAt}]
              stop: [{event: gca.presale.ResourceConfirmed.v2, subjectId: /formId, at: /confirmedAt}]
              limit: {untilDate: /answer/plannedInServiceDate}
              heldBy: {department: ENG}
              escalateTo: PND
            """;

    @Test
    void eachServiceLevelGetsItsTierAndOthersTheBaseLimit() {
        SlaRule rule = Rules.yaml(Rules.shippedWith(TIERED)).rule("test.tiered").orElseThrow();
        JsonNode data = tree(Events.faultReported(ReportChannel.CALL_CENTER, Department.MON, ServiceLevel.AAA));

        assertThat(rule.limit(data, ServiceLevel.AAA)).isEqualTo(new ClockTime(Duration.ofHours(4)));
        assertThat(rule.limit(data, ServiceLevel.AA)).isEqualTo(new ClockTime(Duration.ofHours(6)));
        assertThat(rule.limit(data, ServiceLevel.A)).isEqualTo(new ClockTime(Duration.ofHours(8)));
        assertThat(rule.limit(data, ServiceLevel.STANDARD)).isEqualTo(new ClockTime(Duration.ofHours(24)));
        assertThat(rule.limit(data, null)).isEqualTo(new ClockTime(Duration.ofHours(24)));
        assertThat(rule.serviceLevel(data)).contains(ServiceLevel.AAA);
        assertThat(rule.warnFraction()).isEqualByComparingTo("0.75");
        assertThat(rule.limit(data, ServiceLevel.AAA).description()).isEqualTo("PT4H");
    }

    @Test
    void aTriggerActsOnlyWhenEveryConditionHolds() {
        RuleSet rules = Rules.yaml(Rules.shippedWith(CONDITIONAL));
        JsonNode direct = tree(Events.faultReported(ReportChannel.CUSTOMER_DIRECT, Department.CSSC, ServiceLevel.AA));
        JsonNode standard = tree(Events.faultReported(ReportChannel.CUSTOMER_DIRECT, Department.CSSC,
                ServiceLevel.STANDARD));
        JsonNode viaMon = tree(Events.faultReported(ReportChannel.CUSTOMER_DIRECT, Department.MON, ServiceLevel.AAA));
        JsonNode callCentre = tree(Events.faultReported(ReportChannel.CALL_CENTER, Department.CSSC, ServiceLevel.AA));

        assertThat(rules.match("gca.fault.FaultReported.v3", direct)).extracting(m -> m.rule().id())
                .containsExactly("fault.acceptance", "fault.restoration", "test.direct");
        assertThat(rules.match("gca.fault.FaultReported.v3", standard)).extracting(m -> m.rule().id())
                .as("in: AAA, AA").containsExactly("fault.acceptance", "fault.restoration");
        assertThat(rules.match("gca.fault.FaultReported.v3", viaMon)).extracting(m -> m.rule().id())
                .as("notEquals: MON").containsExactly("fault.acceptance", "fault.restoration");
        assertThat(rules.match("gca.fault.FaultReported.v3", callCentre)).extracting(m -> m.rule().id())
                .as("equals: CUSTOMER_DIRECT").containsExactly("fault.acceptance", "fault.restoration");
    }

    @Test
    void atLeastComparesANumberOfTheEvent() {
        RuleSet rules = Rules.yaml(Rules.shippedWith(CONDITIONAL));
        JsonNode three = tree(new cn.cmcc.ah.gca.events.presale.ConfirmationFormReceived(Events.FORM,
                Events.CUSTOMER, 3, Events.T0));
        JsonNode two = tree(new cn.cmcc.ah.gca.events.presale.ConfirmationFormReceived(Events.FORM,
                Events.CUSTOMER, 2, Events.T0));

        assertThat(rules.match("gca.presale.ConfirmationFormReceived.v1", three)).extracting(m -> m.rule().id())
                .containsExactly("presale.confirmation", "test.many-points");
        assertThat(rules.match("gca.presale.ConfirmationFormReceived.v1", two)).extracting(m -> m.rule().id())
                .containsExactly("presale.confirmation");
    }

    @Test
    void aDateCarriedByTheEventIsTheLimit() {
        SlaRule rule = Rules.yaml(Rules.shippedWith(DATED)).rule("test.engineering").orElseThrow();
        JsonNode data = tree(Events.engineeringReplied("2027-01-31"));

        Limit limit = rule.limit(data, null);

        assertThat(limit).isEqualTo(new UntilDate(LocalDate.of(2027, 1, 31)));
        assertThat(limit.description()).isEqualTo("至 2027-01-31 / until 2027-01-31");
        assertThatThrownBy(() -> rule.limit(tree(Events.engineeringReplied("")), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("test.engineering");
    }

    @Test
    void workingDayLimitsDescribeThemselvesInBothLanguages() {
        assertThat(new Limit.WorkingDays(new java.math.BigDecimal("3.0")).description()).isEqualTo("3 个工作日 / 3 WD");
    }
}
