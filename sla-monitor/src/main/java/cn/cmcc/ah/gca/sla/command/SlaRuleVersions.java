package cn.cmcc.ah.gca.sla.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.sla.SlaRulesChanged;
import cn.cmcc.ah.gca.events.sla.SlaRulesSource;
import cn.cmcc.ah.gca.sla.command.SlaRuleBookCommands.ChangeSlaRules;
import cn.cmcc.ah.gca.sla.command.SlaRuleBookCommands.LoadShippedSlaRules;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The versions of the SLA rules (the rule book): its history is every version of the rules, each a {@link SlaRulesChanged} saying who changed
 * them and when (Art. 5: PND changes the rules, and every change is audited). The documents are validated before a
 * command is sent (against the event catalog, which the aggregate does not know); the aggregate numbers the versions
 * and checks who may change them.
 */
@Aggregate(snapshotTriggerDefinition = "gcaSnapshotTrigger", cache = "gcaAggregateCache")
public class SlaRuleVersions {

    /** Who loads the shipped file: the service itself, as the system administrator. */
    public static final String SERVICE_USER = "sla-monitor";

    @AggregateIdentifier
    private String bookId;
    private long version;
    private String rules;

    protected SlaRuleVersions() {
        // for Axon
    }

    @CommandHandler
    SlaRuleVersions(LoadShippedSlaRules command) {
        apply(new SlaRulesChanged(1, command.rules(), command.ruleIds(), SlaRulesSource.SHIPPED, SERVICE_USER,
                Department.ADMIN, command.at()));
    }

    /** @return the version in effect afterwards: a new one, or the current one when the document is the same */
    @CommandHandler
    long handle(ChangeSlaRules command) {
        SlaStep.CHANGE_RULES.require(command.actingDepartment());
        if (command.rules().equals(rules)) {
            return version;
        }
        apply(new SlaRulesChanged(version + 1, command.rules(), command.ruleIds(), command.source(),
                command.actingUser(), command.actingDepartment(), command.at()));
        return version;
    }

    @EventSourcingHandler
    void on(SlaRulesChanged event) {
        bookId = SlaRuleBookCommands.BOOK_ID;
        version = event.version();
        rules = event.rules();
    }
}
