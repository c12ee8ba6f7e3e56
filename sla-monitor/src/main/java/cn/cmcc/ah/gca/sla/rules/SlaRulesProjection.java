package cn.cmcc.ah.gca.sla.rules;

import cn.cmcc.ah.gca.events.sla.SlaRulesChanged;
import cn.cmcc.ah.gca.sla.command.SlaRuleBookCommands;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/** Keeps the one rules version view from the rule book's events; the instance running it adopts a version at once. */
@Component
@ProcessingGroup(SlaRulesProjection.GROUP)
class SlaRulesProjection {

    static final String GROUP = "sla-rules";

    private final SlaRulesViews views;
    private final SlaRuleBook book;

    SlaRulesProjection(SlaRulesViews views, SlaRuleBook book) {
        this.views = views;
        this.book = book;
    }

    @EventHandler
    void on(SlaRulesChanged event, @SequenceNumber long sequence) {
        boolean changed = sequence == 0
                ? views.views.create(SlaRuleBookCommands.BOOK_ID, () -> view(new SlaRulesView(), event))
                : views.views.apply(SlaRuleBookCommands.BOOK_ID, sequence, view -> view(view, event));
        if (changed) {
            book.adopt(event.version(), event.rules());
        }
    }

    private static SlaRulesView view(SlaRulesView view, SlaRulesChanged event) {
        view.version = event.version();
        view.rules = event.rules();
        view.ruleIds = event.ruleIds();
        view.source = event.source();
        view.changedByUser = event.changedByUser();
        view.changedByDepartment = event.changedByDepartment();
        view.changedAt = event.changedAt();
        return view;
    }

    @ResetHandler
    void reset() {
        views.views.deleteAll();
    }
}
