package cn.cmcc.ah.gca.sla.rules;

import cn.cmcc.ah.gca.sla.command.SlaRuleBookCommands;
import cn.cmcc.ah.gca.support.query.ReadFence;
import cn.cmcc.ah.gca.support.query.ViewStore;
import cn.cmcc.ah.gca.support.query.ViewStores;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/**
 * The rules version view. Read two ways: behind the projection's fence for the API (a GET after a PUT sees it, on any
 * instance), and without waiting for the rule book's refresh, which must never block on a processor.
 */
@Repository
public class SlaRulesViews {

    final ViewStore<SlaRulesView> views;
    private final ViewStore<SlaRulesView> unfenced;

    SlaRulesViews(ViewStores stores) {
        this.views = stores.builder("sla_rules_views", SlaRulesView.class, SlaRulesProjection.GROUP)
                .id(view -> SlaRuleBookCommands.BOOK_ID).build();
        this.unfenced = stores.builder("sla_rules_views", SlaRulesView.class, SlaRulesProjection.GROUP)
                .id(view -> SlaRuleBookCommands.BOOK_ID).readFence(ReadFence.NONE).build();
    }

    /** The version in effect, once the projection has taken every event stored before this read. */
    public Optional<SlaRulesView> current() {
        return views.find(SlaRuleBookCommands.BOOK_ID);
    }

    /** The version the view holds now: one lookup by {@code _id}. */
    Optional<SlaRulesView> latest() {
        return unfenced.find(SlaRuleBookCommands.BOOK_ID);
    }
}
