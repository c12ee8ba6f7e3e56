package cn.cmcc.ah.gca.sla.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.sla.SlaRulesSource;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** Commands on the SLA rule book: each takes a rules document already validated against the event catalog. */
public final class SlaRuleBookCommands {

    /** The one rule book's aggregate id. */
    public static final String BOOK_ID = "sla-rules";

    private SlaRuleBookCommands() {
    }

    /**
     * The shipped rules file becomes version 1, once: a second instance starting at the same time finds the book
     * created and sends nothing more.
     */
    public record LoadShippedSlaRules(@TargetAggregateIdentifier String bookId, String rules, List<String> ruleIds,
                                      Instant at) {
    }

    /** A new version of the rules (Art. 5: PND, or ADMIN). */
    public record ChangeSlaRules(@TargetAggregateIdentifier String bookId, String rules, List<String> ruleIds,
                                 SlaRulesSource source, String actingUser, Department actingDepartment,
                                 Instant at) {
    }
}
