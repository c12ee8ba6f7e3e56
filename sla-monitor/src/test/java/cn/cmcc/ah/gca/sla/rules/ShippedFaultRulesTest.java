package cn.cmcc.ah.gca.sla.rules;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.EventCatalog;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.events.Topics;
import cn.cmcc.ah.gca.events.fault.FaultArchived;
import cn.cmcc.ah.gca.events.fault.FaultClearanceConfirmed;
import cn.cmcc.ah.gca.events.fault.FaultDiagnosed;
import cn.cmcc.ah.gca.events.fault.FaultQualityChecked;
import cn.cmcc.ah.gca.events.fault.FaultReplied;
import cn.cmcc.ah.gca.events.fault.ReportChannel;
import cn.cmcc.ah.gca.sla.rules.Limit.ClockTime;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static cn.cmcc.ah.gca.sla.rules.Events.CIRCUIT;
import static cn.cmcc.ah.gca.sla.rules.Events.FAULT_CUSTOMER;
import static cn.cmcc.ah.gca.sla.rules.Events.T0;
import static cn.cmcc.ah.gca.sla.rules.Events.TICKET;
import static cn.cmcc.ah.gca.sla.rules.Events.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The shipped fault rules (decision, workflow-en.md "fault time limits"; Art. 24–31), matched against fault-service's
 * event records of the current revisions: acceptance in 15 minutes, restoration by service level, stopped by the
 * repair reply and reopened by the customer's rejection, held by whoever holds the ticket (sla-rules.md).
 */
class ShippedFaultRulesTest {

    private static final String ACCEPTANCE = "fault.acceptance";
    private static final String RESTORATION = "fault.restoration";

    private final RuleSet rules = Rules.shipped();

    private List<RuleMatch> match(Object event) {
        return rules.match(EventCatalog.byClassName(event.getClass().getName()).orElseThrow().cloudEventType(),
                tree(event));
    }

    @Test
    void theFaultRulesNameTheRevisionsFaultServicePublishes() {
        List<String> faultTypes = EventCatalog.onTopic(Topics.FAULT).stream()
                .map(EventCatalog.Entry::cloudEventType).toList();

        assertThat(List.of(ACCEPTANCE, RESTORATION)).allSatisfy(id -> assertThat(rules.rule(id).orElseThrow()
                .triggers()).extracting(Trigger::eventType).isSubsetOf(faultTypes));
        assertThat(rules.rule(ACCEPTANCE).orElseThrow().triggers()).extracting(Trigger::action, Trigger::eventType)
                .containsExactly(tuple(ClockAction.START, "gca.fault.FaultReported.v3"),
                        tuple(ClockAction.STOP, "gca.fault.FaultAccepted.v3"));
        assertThat(rules.rule(RESTORATION).orElseThrow().triggers()).extracting(Trigger::action, Trigger::eventType)
                .containsExactly(tuple(ClockAction.START, "gca.fault.FaultReported.v3"),
                        tuple(ClockAction.STOP, "gca.fault.FaultRepaired.v1"),
                        tuple(ClockAction.REOPEN, "gca.fault.FaultReopened.v1"),
                        tuple(ClockAction.HAND_OVER, "gca.fault.FaultAccepted.v3"),
                        tuple(ClockAction.HAND_OVER, "gca.fault.FaultDispatched.v1"),
                        tuple(ClockAction.HAND_OVER, "gca.fault.FaultEscalated.v1"),
                        tuple(ClockAction.HAND_OVER, "gca.fault.FaultReopened.v1"));
        assertThat(rules.warnings()).isEmpty();
    }

    @Test
    void aFaultReportStartsFifteenMinutesOfAcceptanceForEveryLevelHeldByTheAcceptingDepartmentEscalatedToPnd() {
        JsonNode viaMon = tree(Events.faultReported(ReportChannel.CALL_CENTER, Department.MON, ServiceLevel.A));
        JsonNode direct = tree(Events.faultReported(ReportChannel.CUSTOMER_DIRECT, Department.CSSC, ServiceLevel.AAA));
        SlaRule acceptance = rules.rule(ACCEPTANCE).orElseThrow();

        assertThat(match(Events.faultReported(ReportChannel.CALL_CENTER, Department.MON, ServiceLevel.A)))
                .filteredOn(match -> match.rule().id().equals(ACCEPTANCE)).singleElement().satisfies(match -> {
                    assertThat(match.action()).isEqualTo(ClockAction.START);
                    assertThat(match.subjectId()).isEqualTo(TICKET);
                    assertThat(match.at()).isEqualTo(T0);
                });
        for (ServiceLevel level : ServiceLevel.values()) {
            assertThat(acceptance.limit(viaMon, level)).isEqualTo(new ClockTime(Duration.ofMinutes(15)));
        }
        assertThat(acceptance.heldBy(viaMon)).isEqualTo(Department.MON);
        assertThat(acceptance.heldBy(direct)).isEqualTo(Department.CSSC);
        assertThat(acceptance.escalateTo()).isEqualTo(Department.PND);
        assertThat(acceptance.serviceLevel(direct)).contains(ServiceLevel.AAA);
        assertThat(acceptance.customerGroupId(direct)).contains("5510001234");
        assertThat(acceptance.reopenable()).isFalse();
    }

    @Test
    void theAcceptingDepartmentFallsBackToMonWhenTheReportNamesNone() {
        JsonNode data = tree(Events.faultReported(ReportChannel.CALL_CENTER, null, ServiceLevel.A));

        assertThat(rules.rule(ACCEPTANCE).orElseThrow().heldBy(data)).isEqualTo(Department.MON);
    }

    @Test
    void theAcceptanceStopsTheAcceptanceClock_andHandsTheRestorationToTheAcceptingHolder() {
        assertThat(match(Events.faultAccepted()))
                .extracting(RuleMatch::clockId, RuleMatch::action, RuleMatch::at, RuleMatch::department)
                .containsExactly(tuple(ACCEPTANCE + ":" + TICKET, ClockAction.STOP, Events.faultAccepted().acceptedAt(),
                                null),
                        tuple(RESTORATION + ":" + TICKET, ClockAction.HAND_OVER, Events.faultAccepted().acceptedAt(),
                                Department.MON));
    }

    @Test
    void aFaultReportStartsTheRestorationClock_AAA4hAA6hA8hOtherwise24h_heldByTheTicketsHolderEscalatedToPnd() {
        JsonNode data = tree(Events.faultReported(ReportChannel.CALL_CENTER, Department.MON, ServiceLevel.AA));
        SlaRule restoration = rules.rule(RESTORATION).orElseThrow();

        assertThat(match(Events.faultReported(ReportChannel.CALL_CENTER, Department.MON, ServiceLevel.AA)))
                .extracting(RuleMatch::clockId, RuleMatch::action, RuleMatch::at)
                .containsExactly(tuple(ACCEPTANCE + ":" + TICKET, ClockAction.START, T0),
                        tuple(RESTORATION + ":" + TICKET, ClockAction.START, T0));
        assertThat(restoration.limit(data, ServiceLevel.AAA)).isEqualTo(new ClockTime(Duration.ofHours(4)));
        assertThat(restoration.limit(data, ServiceLevel.AA)).isEqualTo(new ClockTime(Duration.ofHours(6)));
        assertThat(restoration.limit(data, ServiceLevel.A)).isEqualTo(new ClockTime(Duration.ofHours(8)));
        assertThat(restoration.limit(data, ServiceLevel.STANDARD)).isEqualTo(new ClockTime(Duration.ofHours(24)));
        assertThat(restoration.limit(data, null)).isEqualTo(new ClockTime(Duration.ofHours(24)));
        assertThat(restoration.serviceLevel(data)).contains(ServiceLevel.AA);
        assertThat(restoration.heldBy(data)).isEqualTo(Department.MON);
        assertThat(restoration.heldBy(tree(Events.faultReported(ReportChannel.CUSTOMER_DIRECT, Department.CSSC,
                ServiceLevel.AA)))).isEqualTo(Department.CSSC);
        assertThat(restoration.escalateTo()).isEqualTo(Department.PND);
        assertThat(restoration.warnFraction()).isEqualByComparingTo("0.8");
        assertThat(restoration.reopenable()).isTrue();
        assertThat(restoration.article()).isEqualTo("decision: workflow-en.md, fault time limits (Art. 24–31 set none)");
    }

    @Test
    void theRepairReplyStopsTheRestorationClockAtItsInstant_andTheCustomersRejectionReopensIt() {
        Instant repairedAt = T0.plus(Duration.ofHours(1));
        Instant reopenedAt = T0.plus(Duration.ofHours(4));

        for (Department repairer : List.of(Department.CSSC, Department.OMT, Department.PND)) {
            assertThat(match(Events.faultRepaired(repairer, repairedAt))).singleElement()
                    .extracting(RuleMatch::clockId, RuleMatch::action, RuleMatch::at)
                    .containsExactly(RESTORATION + ":" + TICKET, ClockAction.STOP, repairedAt);
        }
        // the reopening first, then the hand-over to the level that holds the ticket again
        assertThat(match(Events.faultReopened(Department.OMT, reopenedAt)))
                .extracting(RuleMatch::clockId, RuleMatch::action, RuleMatch::at, RuleMatch::department)
                .containsExactly(tuple(RESTORATION + ":" + TICKET, ClockAction.REOPEN, reopenedAt, null),
                        tuple(RESTORATION + ":" + TICKET, ClockAction.HAND_OVER, reopenedAt, Department.OMT));
    }

    @Test
    void theDispatchAndEveryChangeOfLevelHandTheRestorationToTheTicketsNewHolder() {
        assertThat(match(Events.faultDispatched())).singleElement()
                .extracting(RuleMatch::clockId, RuleMatch::action, RuleMatch::at, RuleMatch::department)
                .containsExactly(RESTORATION + ":" + TICKET, ClockAction.HAND_OVER,
                        Events.faultDispatched().dispatchedAt(), Department.CSSC);
        assertThat(List.of(Events.faultEscalated(Department.CSSC, Department.OMT),
                Events.faultEscalated(Department.OMT, Department.PND),
                Events.faultEscalated(Department.PND, Department.CSSC))).allSatisfy(escalated ->
                assertThat(match(escalated)).singleElement()
                        .extracting(RuleMatch::clockId, RuleMatch::action, RuleMatch::at, RuleMatch::department)
                        .containsExactly(RESTORATION + ":" + TICKET, ClockAction.HAND_OVER, escalated.escalatedAt(),
                                escalated.to()));
    }

    @Test
    void aStepWhoseRecordNamesNoHolderHandsNothingOver() {
        // a FaultAccepted of revision 2, read as revision 3: no holder
        assertThat(match(new cn.cmcc.ah.gca.events.fault.FaultAccepted(TICKET, null, null, Department.MON, null,
                T0.plusSeconds(300)))).extracting(RuleMatch::action).containsExactly(ClockAction.STOP);
    }

    @Test
    void noOtherStepOfTheTicketActsOnAFaultClock() {
        CustomerRef customer = FAULT_CUSTOMER;
        Instant at = T0.plus(Duration.ofHours(2));

        assertThat(match(new FaultDiagnosed(TICKET, CIRCUIT, customer, true, "核心网告警", Department.CSSC, at)))
                .isEmpty();
        assertThat(match(new FaultClearanceConfirmed(TICKET, CIRCUIT, customer, Department.CUSTOMER, null,
                Department.CSSC, at))).isEmpty();
        assertThat(match(new FaultReplied(TICKET, CIRCUIT, customer, "已修复", Department.MON, at))).isEmpty();
        assertThat(match(new FaultQualityChecked(TICKET, CIRCUIT, customer, false, "回复不完整", Department.CSSC,
                at))).isEmpty();
        assertThat(match(new FaultArchived(TICKET, CIRCUIT, customer, Department.MON, Department.MON, at)))
                .isEmpty();
    }
}
