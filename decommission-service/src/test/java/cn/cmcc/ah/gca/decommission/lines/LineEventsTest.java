package cn.cmcc.ah.gca.decommission.lines;

import cn.cmcc.ah.gca.events.EventCatalog;
import cn.cmcc.ah.gca.events.presale.ProductMaturityChanged;
import cn.cmcc.ah.gca.events.presale.ProductRegistered;
import cn.cmcc.ah.gca.events.presale.TemplateDraftReturned;
import cn.cmcc.ah.gca.events.presale.TemplateDraftSubmitted;
import cn.cmcc.ah.gca.events.presale.TemplateProductised;
import cn.cmcc.ah.gca.events.presale.TemplateRequested;
import cn.cmcc.ah.gca.events.presale.TemplateValidated;
import cn.cmcc.ah.gca.events.sla.SlaRulesChanged;
import cn.cmcc.ah.gca.events.sla.WorkingCalendarYearLoaded;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every event of the contract is a step of a circuit's life, or stated here as none. */
class LineEventsTest {

    /** The catalogue and templates (Art. 6–7) are a product's, the rule book and calendar (Art. 5) nobody's line. */
    private static final Set<Class<?>> NO_STEP_OF_A_LINE = Set.of(ProductRegistered.class,
            ProductMaturityChanged.class, TemplateRequested.class, TemplateDraftSubmitted.class,
            TemplateDraftReturned.class, TemplateValidated.class, TemplateProductised.class, SlaRulesChanged.class,
            WorkingCalendarYearLoaded.class);

    @Test
    void everyEventOfTheContractIsAStepOfALine_butThoseOfProductsTemplatesAndTheRuleBook() {
        List<Class<?>> events = EventCatalog.entries().stream().<Class<?>>map(EventCatalog.Entry::eventClass).toList();

        assertThat(events).filteredOn(type -> !NO_STEP_OF_A_LINE.contains(type))
                .as("a new event of the contract is read, or named here as no step of a line")
                .allMatch(LineEvents::reads);
        assertThat(events).filteredOn(NO_STEP_OF_A_LINE::contains).noneMatch(LineEvents::reads)
                .hasSize(NO_STEP_OF_A_LINE.size());
    }

    @Test
    void anEventOutsideTheContractIsNoStep() {
        assertThat(LineEvents.entryOf("a text")).isEmpty();
        assertThat(LineEvents.entryOf(null)).isEmpty();
    }
}
