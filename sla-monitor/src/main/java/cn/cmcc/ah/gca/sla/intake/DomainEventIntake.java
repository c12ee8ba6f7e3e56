package cn.cmcc.ah.gca.sla.intake;

import cn.cmcc.ah.gca.events.EventCatalog;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.sla.command.SlaClockCommands.CancelClock;
import cn.cmcc.ah.gca.sla.command.SlaClockCommands.HandOverClock;
import cn.cmcc.ah.gca.sla.command.SlaClockCommands.PauseClock;
import cn.cmcc.ah.gca.sla.command.SlaClockCommands.ReopenClock;
import cn.cmcc.ah.gca.sla.command.SlaClockCommands.Replan;
import cn.cmcc.ah.gca.sla.command.SlaClockCommands.ResumeClock;
import cn.cmcc.ah.gca.sla.command.SlaClockCommands.StartClock;
import cn.cmcc.ah.gca.sla.command.SlaClockCommands.StopClock;
import cn.cmcc.ah.gca.sla.rules.ClockAction;
import cn.cmcc.ah.gca.sla.rules.RuleMatch;
import cn.cmcc.ah.gca.sla.rules.RuleSet;
import cn.cmcc.ah.gca.sla.rules.SlaRule;
import cn.cmcc.ah.gca.sla.rules.SlaRuleBook;
import cn.cmcc.ah.gca.events.sla.SlaClockDeadlineChanged.Reason;
import cn.cmcc.ah.gca.support.eventstore.MongoKeyedEventStorageEngine;
import cn.cmcc.ah.gca.support.query.ViewBatches;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static cn.cmcc.ah.gca.sla.command.SlaClockCommands.clockId;

/**
 * Every domain topic's events → clock commands, as the rule book says (sla-rules.md; rules are data, Art. 5): an
 * event is matched by its CloudEvents type and field conditions, and each match starts, recomputes, pauses, resumes,
 * stops, reopens, hands over or cancels one clock per rule and subject (in that order, for an event that does
 * several: a reopening runs the clock again before the same event hands it over). Fed from Kafka by tracking
 * processors whose positions are in the token store, so they resume and can replay; the clock commands are idempotent,
 * so a duplicate changes nothing.
 * <p>
 * Two processors: {@link Domains} for the topics of {@code gca.kafka.consumed-topics} and {@link Faults} for the fault
 * topic alone, so that a burst of forms cannot hold back a 15-minute fault clock (docs/sla-benchmark.md).
 */
@Component
class DomainEventIntake {

    static final String GROUP = "sla-intake";
    static final String FAULT_GROUP = "sla-intake-fault";

    /** The processor of the domain topics but faults. */
    @Component
    @ProcessingGroup(GROUP)
    static class Domains {

        private final DomainEventIntake intake;

        Domains(DomainEventIntake intake) {
            this.intake = intake;
        }

        @EventHandler
        void on(Object event) {
            intake.on(event);
        }
    }

    /** The processor of the fault topic. */
    @Component
    @ProcessingGroup(FAULT_GROUP)
    static class Faults {

        private final DomainEventIntake intake;

        Faults(DomainEventIntake intake) {
            this.intake = intake;
        }

        @EventHandler
        void on(Object event) {
            intake.on(event);
        }
    }

    private final SlaRuleBook ruleBook;
    private final ClockCommands clocks;
    private final ClockInputs inputs;
    private final ObjectMapper json;
    private final MongoKeyedEventStorageEngine store;

    DomainEventIntake(SlaRuleBook ruleBook, ClockCommands clocks, ClockInputs inputs, ObjectMapper json,
                      MongoKeyedEventStorageEngine store) {
        this.ruleBook = ruleBook;
        this.clocks = clocks;
        this.inputs = inputs;
        this.json = json;
        this.store = store;
    }

    void on(Object event) {
        Optional<EventCatalog.Entry> entry = EventCatalog.byClassName(event.getClass().getName());
        if (entry.isEmpty()) {
            return;
        }
        RuleSet rules = ruleBook.current();
        JsonNode data = json.valueToTree(event);
        for (RuleMatch match : rules.match(entry.get().cloudEventType(), data)) {
            handle(rules, match, data, entry.get().cloudEventType());
        }
    }

    /**
     * Whether the clock is in the store already (a re-delivered or replayed start). Asked once per batch for every
     * clock the batch starts, not once per clock: the intake's hot path (docs/sla-benchmark.md). Finding those clocks
     * matches the batch's events against the rules a second time, in memory: far cheaper than a store round trip each.
     */
    private boolean inStore(String clockId) {
        return ViewBatches.staging(KnownClocks.class, ids -> new KnownClocks(store.existingAggregates(
                        starts(ViewBatches.messages()))))
                .map(known -> known.existing().contains(clockId))
                .orElseGet(() -> store.existingAggregates(List.of(clockId)).contains(clockId));
    }

    /** The clocks these events start, as the rules stand. */
    private List<String> starts(List<EventMessage<?>> messages) {
        RuleSet rules = ruleBook.current();
        List<String> ids = new ArrayList<>();
        for (EventMessage<?> message : messages) {
            Object event = message.getPayload();
            EventCatalog.byClassName(event.getClass().getName()).ifPresent(entry -> {
                for (RuleMatch match : rules.match(entry.cloudEventType(), json.valueToTree(event))) {
                    if (match.action() == ClockAction.START) {
                        ids.add(clockId(match.rule().id(), match.subjectId()));
                    }
                }
            });
        }
        return ids;
    }

    /** The clocks of a batch already in the store; nothing to write. */
    private record KnownClocks(Set<String> existing) implements ViewBatches.Staging {
        @Override
        public void write() {
        }
    }

    private void handle(RuleSet rules, RuleMatch match, JsonNode data, String type) {
        SlaRule rule = match.rule();
        String id = clockId(rule.id(), match.subjectId());
        switch (match.action()) {
            case START -> {
                ServiceLevel level = rule.serviceLevel(data).orElse(null);
                inputs.putIfAbsent(id, data, level, match.at());
                clocks.start(new StartClock(id, rule.id(), rules.version(), rule.article(), match.subjectId(),
                        rule.customerGroupId(data).orElse(""), level, rule.heldBy(data), rule.escalateTo(),
                        Limits.of(rule.limit(data, level)), rule.warnFraction(), match.at()), id, inStore(id));
            }
            case RECOMPUTE -> inputs.find(id).filter(input -> input.at() == null || !match.at().isBefore(input.at()))
                    .ifPresent(input -> {
                // an older recompute event re-delivered after a newer one (a replay) would set the limit back
                inputs.put(id, data, input.level(), match.at());
                clocks.send(new Replan(id, Limits.of(rule.limit(data, input.level())), rule.warnFraction(),
                        rules.version(), Reason.ASSESSMENT, match.at()), id);
            });
            case PAUSE -> clocks.send(new PauseClock(id, match.at()), id);
            case RESUME -> clocks.send(new ResumeClock(id, rule.warnFraction(), match.at()), id);
            case STOP -> {
                clocks.send(new StopClock(id, match.at()), id);
                if (!rule.reopenable()) {
                    // a clock that may run again keeps what its limit is computed from, for a rules change then
                    inputs.remove(id);
                }
            }
            case REOPEN -> clocks.send(new ReopenClock(id, rule.warnFraction(), match.at()), id);
            case HAND_OVER -> clocks.send(new HandOverClock(id, match.department(), type, match.at()), id);
            case CANCEL -> {
                clocks.send(new CancelClock(id, type, match.at()), id);
                inputs.remove(id);
            }
        }
    }
}
