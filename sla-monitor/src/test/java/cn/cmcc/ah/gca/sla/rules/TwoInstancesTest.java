package cn.cmcc.ah.gca.sla.rules;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.sla.SlaRulesChanged;
import cn.cmcc.ah.gca.sla.SlaMonitorApplication;
import cn.cmcc.ah.gca.sla.command.SlaRuleBookCommands;
import cn.cmcc.ah.gca.support.GcaApplication;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import cn.cmcc.ah.gca.support.web.Actor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two sla-monitor instances on one store: started together, they store the shipped rules once, as version 1; a
 * change taken by one is in effect on the other within about a second, without a restart.
 */
class TwoInstancesTest {

    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    @AfterEach
    void stop() {
        instances.forEach(ConfigurableApplicationContext::close);
    }

    private static ConfigurableApplicationContext start(String database) {
        TestInfrastructure infrastructure = TestInfrastructure.embedded();
        return GcaApplication.builder(SlaMonitorApplication.class, SlaMonitorApplication.NAME)
                .run(infrastructure.instanceArguments(database, "--gca.sla.rules.refresh=PT0.2S"));
    }

    @Test
    void twoInstancesStartingTogetherStoreTheShippedRulesOnceAndSeeEachOthersChangesWithinASecond()
            throws Exception {
        String database = "sla-monitor-" + UUID.randomUUID().toString().substring(0, 8);
        CompletableFuture<ConfigurableApplicationContext> first = CompletableFuture.supplyAsync(() -> start(database));
        CompletableFuture<ConfigurableApplicationContext> second = CompletableFuture.supplyAsync(() -> start(database));
        ConfigurableApplicationContext a = first.get();
        instances.add(a);
        ConfigurableApplicationContext b = second.get();
        instances.add(b);
        SlaRuleBook bookA = a.getBean(SlaRuleBook.class);
        SlaRuleBook bookB = b.getBean(SlaRuleBook.class);
        SlaRulesViews viewsB = b.getBean(SlaRulesViews.class);

        Http.eventually(Duration.ofSeconds(30), () -> viewsB.latest().map(view -> view.version).orElse(null));
        List<SlaRulesChanged> stored = a.getBean(EventStore.class).readEvents(SlaRuleBookCommands.BOOK_ID)
                .asStream().map(message -> (SlaRulesChanged) message.getPayload()).toList();
        assertThat(stored).singleElement().satisfies(version -> {
            assertThat(version.version()).isEqualTo(1);
            assertThat(version.changedByDepartment()).isEqualTo(Department.ADMIN);
        });
        assertThat(bookA.current().version()).isEqualTo(1);
        assertThat(bookB.current().version()).isEqualTo(1);

        String changed = Rules.shippedText().replace("clockTime: PT15M", "clockTime: PT20M");
        long started = System.nanoTime();
        RuleSet version2 = bookA.change(changed, true, cn.cmcc.ah.gca.events.sla.SlaRulesSource.API,
                new Actor("pnd-wang", Department.PND, Optional.empty()));
        Long seenByB = Http.eventually(Duration.ofSeconds(5),
                () -> bookB.current().version() == version2.version() ? System.nanoTime() : null);

        assertThat(version2.version()).isEqualTo(2);
        assertThat(Duration.ofNanos(seenByB - started)).isLessThan(Duration.ofMillis(1_500));
        assertThat(bookB.current().rule("fault.acceptance").orElseThrow().limit(null, null).description())
                .isEqualTo("PT20M");

        // An instance whose view lags (here: no view at all) tries to store the file as version 1 and finds the
        // rule book there: it goes on, and nothing is stored twice.
        viewsB.views.deleteAll();
        CompletableFuture<Void> againA = CompletableFuture.runAsync(bookA::storeShippedRules);
        CompletableFuture<Void> againB = CompletableFuture.runAsync(bookB::storeShippedRules);
        againA.get();
        againB.get();
        assertThat(a.getBean(EventStore.class).readEvents(SlaRuleBookCommands.BOOK_ID).asStream().count())
                .isEqualTo(2);
        assertThat(bookA.current().version()).isEqualTo(2);
    }
}
