package cn.cmcc.ah.gca.sla.rules;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.EventCatalog;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.events.fault.ReportChannel;
import cn.cmcc.ah.gca.events.presale.AssessmentOutcome;
import cn.cmcc.ah.gca.sla.rules.Limit.ClockTime;
import cn.cmcc.ah.gca.sla.rules.Limit.WorkingDays;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import static cn.cmcc.ah.gca.sla.rules.Events.FORM;
import static cn.cmcc.ah.gca.sla.rules.Events.T0;
import static cn.cmcc.ah.gca.sla.rules.Events.TEMPLATE;
import static cn.cmcc.ah.gca.sla.rules.Events.TICKET;
import static cn.cmcc.ah.gca.sla.rules.Events.tree;
import static org.assertj.core.api.Assertions.assertThat;

/** The shipped rules file, matched against real events of the services that emit them (sla-rules.md). */
class ShippedRulesTest {

    private final RuleSet rules = Rules.shipped();

    private static String type(Object event) {
        return EventCatalog.byClassName(event.getClass().getName()).orElseThrow().cloudEventType();
    }

    private List<RuleMatch> match(Object event) {
        return rules.match(type(event), tree(event));
    }

    @Test
    void shipsThePresaleTheProvisioningTheAdjustmentAndTheFaultRulesEachCitingItsArticle() {
        assertThat(rules.rules()).extracting(SlaRule::id)
                .containsExactly("presale.template", "presale.confirmation", "provisioning.activation",
                        "provisioning.engineering", "provisioning.status-info", "provisioning.status-change",
                        "provisioning.acceptance", "adjustment.acceptance", "fault.acceptance", "fault.restoration");
        assertThat(rules.rules()).extracting(SlaRule::article)
                .containsExactly("Art. 7", "Art. 11–14",
                        "decision: workflow-en.md Art. 22 (Art. 17–21 set no activation limit)", "Art. 19", "Art. 21",
                        "Art. 21", "Art. 23", "Art. 37",
                        "decision: workflow-en.md, fault time limits (Art. 24 sets none)",
                        "decision: workflow-en.md, fault time limits (Art. 24–31 set none)");
        assertThat(rules.rules()).allSatisfy(rule -> {
            assertThat(rule.name()).isNotBlank();
            assertThat(rule.warnFraction()).isEqualByComparingTo("0.8");
        });
        assertThat(rules.warnings()).isEmpty();
    }

    @Test
    void aTemplateRequestStartsTheThreeWorkingDayTemplateClockHeldByCssc() {
        JsonNode data = tree(Events.templateRequested());

        assertThat(match(Events.templateRequested())).singleElement().satisfies(match -> {
            assertThat(match.rule().id()).isEqualTo("presale.template");
            assertThat(match.action()).isEqualTo(ClockAction.START);
            assertThat(match.subjectId()).isEqualTo(TEMPLATE);
            assertThat(match.at()).isEqualTo(T0);
            assertThat(match.clockId()).isEqualTo("presale.template:" + TEMPLATE);
            assertThat(match.rule().limit(data, null)).isEqualTo(new WorkingDays(BigDecimal.valueOf(3)));
            assertThat(match.rule().heldBy(data)).isEqualTo(Department.CSSC);
            assertThat(match.rule().escalateTo()).isEqualTo(Department.GCD);
            assertThat(match.rule().customerGroupId(data)).isEmpty();
            assertThat(match.rule().serviceLevel(data)).isEmpty();
        });
    }

    @Test
    void theProductisedTemplateStopsTheTemplateClock() {
        assertThat(match(Events.templateProductised())).singleElement().satisfies(match -> {
            assertThat(match.action()).isEqualTo(ClockAction.STOP);
            assertThat(match.clockId()).isEqualTo("presale.template:" + TEMPLATE);
            assertThat(match.at()).isEqualTo(Events.templateProductised().productisedAt());
        });
    }

    @Test
    void aReceivedFormStartsTheConfirmationClockWithTheCustomerAndTwoWorkingDaysBeforeAnyAssessment() {
        JsonNode data = tree(Events.formReceived());

        assertThat(match(Events.formReceived())).singleElement().satisfies(match -> {
            assertThat(match.rule().id()).isEqualTo("presale.confirmation");
            assertThat(match.action()).isEqualTo(ClockAction.START);
            assertThat(match.subjectId()).isEqualTo(FORM);
            assertThat(match.at()).isEqualTo(T0);
            assertThat(match.rule().limit(data, ServiceLevel.AA)).isEqualTo(new WorkingDays(BigDecimal.valueOf(2)));
            assertThat(match.rule().customerGroupId(data)).contains("5510001234");
            assertThat(match.rule().serviceLevel(data)).contains(ServiceLevel.AA);
            assertThat(match.rule().heldBy(data)).isEqualTo(Department.CSSC);
            assertThat(match.rule().escalateTo()).isEqualTo(Department.GCD);
        });
    }

    @Test
    void anAssessmentRecomputesTheConfirmationClock() {
        assertThat(match(Events.segmentAssessed(AssessmentOutcome.AVAILABLE, Events.counts(1, 0, 0, 0, 2))))
                .singleElement().satisfies(match -> {
                    assertThat(match.action()).isEqualTo(ClockAction.RECOMPUTE);
                    assertThat(match.clockId()).isEqualTo("presale.confirmation:" + FORM);
                });
    }

    @Test
    void theReplyStopsAndTheWithdrawalCancelsTheConfirmationClock() {
        assertThat(match(Events.resourceConfirmed())).singleElement().satisfies(match -> {
            assertThat(match.action()).isEqualTo(ClockAction.STOP);
            assertThat(match.subjectId()).isEqualTo(FORM);
            assertThat(match.at()).isEqualTo(Events.resourceConfirmed().confirmedAt());
        });
        assertThat(match(Events.formWithdrawn())).singleElement().satisfies(match -> {
            assertThat(match.action()).isEqualTo(ClockAction.CANCEL);
            assertThat(match.subjectId()).isEqualTo(FORM);
        });
    }

    @Test
    void anOlderRevisionOfAnEventActsAsItsCurrentOne() {
        JsonNode data = tree(Events.faultReported(ReportChannel.CALL_CENTER, Department.MON, ServiceLevel.A));

        assertThat(rules.match("gca.fault.FaultReported.v1", data)).extracting(RuleMatch::clockId)
                .containsExactly("fault.acceptance:" + TICKET, "fault.restoration:" + TICKET);
    }

    @Test
    void eventsNoRuleWatchesAndUnknownTypesMatchNothing() {
        JsonNode data = tree(Events.engineeringReplied("2027-01-31"));

        assertThat(rules.match("gca.presale.EngineeringReplied.v1", data)).isEmpty();
        assertThat(rules.match("gca.presale.NoSuchEvent.v1", data)).isEmpty();
        assertThat(rules.match("gca.fault.FaultReported.v4", data)).as("a future revision").isEmpty();
        assertThat(rules.watches("gca.presale.EngineeringReplied.v1")).isFalse();
        assertThat(rules.watches("gca.fault.FaultReported.v2")).isTrue();
    }

    @Test
    void anEventWithoutItsSubjectMatchesNothing() {
        JsonNode data = tree(new cn.cmcc.ah.gca.events.fault.FaultAccepted(null, Events.CIRCUIT,
                Events.FAULT_CUSTOMER, Department.MON, Department.MON, T0));

        assertThat(rules.match("gca.fault.FaultAccepted.v3", data)).isEmpty();
    }
}
