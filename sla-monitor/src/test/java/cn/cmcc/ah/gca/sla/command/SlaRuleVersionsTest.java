package cn.cmcc.ah.gca.sla.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.sla.SlaRulesChanged;
import cn.cmcc.ah.gca.events.sla.SlaRulesSource;
import cn.cmcc.ah.gca.sla.command.SlaRuleBookCommands.ChangeSlaRules;
import cn.cmcc.ah.gca.sla.command.SlaRuleBookCommands.LoadShippedSlaRules;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static cn.cmcc.ah.gca.sla.command.SlaRuleBookCommands.BOOK_ID;
import static cn.cmcc.ah.gca.support.test.Refusals.forbidden;

/** The versions of the SLA rules, each an audited event (Art. 5: PND changes the rules). */
class SlaRuleVersionsTest {

    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    private static final String V1 = "{\"rules\":[{\"id\":\"fault.acceptance\"}]}";
    private static final String V2 = "{\"rules\":[{\"id\":\"fault.acceptance\",\"warnFraction\":0.9}]}";
    private static final List<String> IDS = List.of("fault.acceptance");

    private AggregateTestFixture<SlaRuleVersions> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SlaRuleVersions.class);
    }

    private static SlaRulesChanged shipped() {
        return new SlaRulesChanged(1, V1, IDS, SlaRulesSource.SHIPPED, SlaRuleVersions.SERVICE_USER, Department.ADMIN,
                T0);
    }

    @Test
    void theShippedFileIsVersionOneLoadedByTheServiceAsAdmin() {
        fixture.givenNoPriorActivity()
                .when(new LoadShippedSlaRules(BOOK_ID, V1, IDS, T0))
                .expectEvents(shipped());
    }

    @Test
    void pndChangesTheRulesAsTheNextVersionAndTheChangeSaysWhoAndWhen() {
        fixture.given(shipped())
                .when(new ChangeSlaRules(BOOK_ID, V2, IDS, SlaRulesSource.API, "pnd-wang", Department.PND,
                        T0.plusSeconds(60)))
                .expectEvents(new SlaRulesChanged(2, V2, IDS, SlaRulesSource.API, "pnd-wang", Department.PND,
                        T0.plusSeconds(60)))
                .expectResultMessagePayload(2L);
    }

    @Test
    void theSameDocumentAgainIsNoNewVersion() {
        fixture.given(shipped())
                .when(new ChangeSlaRules(BOOK_ID, V1, IDS, SlaRulesSource.SHIPPED, "admin", Department.ADMIN, T0))
                .expectNoEvents()
                .expectResultMessagePayload(1L);
    }

    @Test
    void noOtherDepartmentChangesTheRules() {
        fixture.given(shipped())
                .when(new ChangeSlaRules(BOOK_ID, V2, IDS, SlaRulesSource.API, "gcd-li", Department.GCD, T0))
                .expectNoEvents()
                .expectException(forbidden(SlaStep.CHANGE_RULES, Department.GCD));
    }
}
