package cn.cmcc.ah.gca.decommission.saga;

import cn.cmcc.ah.gca.decommission.command.CircuitOnRecord;
import cn.cmcc.ah.gca.decommission.command.RequestAdjustment;
import cn.cmcc.ah.gca.decommission.config.DecommissionProperties;
import cn.cmcc.ah.gca.decommission.lines.KnownCircuits;
import cn.cmcc.ah.gca.decommission.query.StopFormQueries;
import cn.cmcc.ah.gca.decommission.query.StopFormView;
import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.events.Topics;
import cn.cmcc.ah.gca.events.decommission.AdjustmentWait;
import cn.cmcc.ah.gca.events.presale.AccessPoint;
import cn.cmcc.ah.gca.events.presale.NetworkSolutionLine;
import cn.cmcc.ah.gca.events.presale.ProductRef;
import cn.cmcc.ah.gca.events.presale.Segment;
import cn.cmcc.ah.gca.events.provisioning.CircuitActivated;
import cn.cmcc.ah.gca.support.numbering.BusinessNumbers;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import cn.cmcc.ah.gca.support.test.TopicPublisher;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sweep under the saga's in-memory stall deadlines, in the running service: an adjustment whose wait for its form 1
 * went past the limit while no deadline fired (the instance that set it stopped, say) is flagged stalled by the sweep,
 * once, however often it sweeps; one still within its limit is not.
 */
@SpringBootTest(properties = {"spring.config.name=gca-defaults,decommission-service",
        "gca.decommission.adjustment.sweep-every=PT1H"})
class StallSweepTest {

    private static final CustomerRef CUSTOMER = new CustomerRef("5510006001", "合肥某某物流有限公司", ServiceLevel.A);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.embedded().register(registry, "decommission-service");
    }

    @Autowired
    CommandGateway commands;
    @Autowired
    KnownCircuits circuits;
    @Autowired
    StopFormQueries forms;
    @Autowired
    BusinessNumbers numbers;
    @Autowired
    DecommissionProperties properties;
    @Autowired
    Clock clock;

    @Test
    void art35_aWaitPastItsLimitIsFlaggedStalledOnceByTheSweep_oneWithinItsLimitIsNot() {
        String overdue = adjustment();
        Duration limit = properties.adjustment().stallAfter().confirmationForm();
        StallSweep later = new StallSweep(forms, commands, properties, Clock.offset(clock, limit.plusHours(1)));
        StallSweep now = new StallSweep(forms, commands, properties, clock);

        now.sweep();
        assertThat(forms.form(overdue).orElseThrow().stalled).as("within its limit").isFalse();
        later.sweep();
        later.sweep();

        StopFormView flagged = Http.eventually(Duration.ofSeconds(20),
                () -> forms.form(overdue).filter(view -> view.stalled).orElse(null));
        assertThat(flagged.waitingFor).isEqualTo(AdjustmentWait.CONFIRMATION_FORM);
        assertThat(flagged.history.stream().filter(entry -> entry.event().equals("AdjustmentStalled")))
                .as("flagged once, however often it sweeps").hasSize(1);
    }

    /** An adjustment of a circuit provisioning activated, waiting for its form 1; returns its number. */
    private String adjustment() {
        String circuitId = String.format("CL-2026-%06d", ThreadLocalRandom.current().nextInt(1, 1_000_000));
        try (TopicPublisher provisioning = new TopicPublisher(TestInfrastructure.embedded().kafkaBootstrap(),
                Topics.PROVISIONING, "provisioning-service", "Circuit")) {
            provisioning.publish(circuitId, new CircuitActivated(circuitId, CUSTOMER, new ProductRef("DIA", "互联网专线", ""),
                    100, new AccessPoint("P1", "合肥市蜀山区长江西路689号", "蜀山区"),
                    List.of(new NetworkSolutionLine("P1", Segment.CORE, "蜀山核心CR01", "CR01-GE1/0/1", 100)),
                    "RD-2026-" + circuitId.substring(8), "RC-2026-" + circuitId.substring(8), Instant.now()),
                    Department.CSSC);
        }
        Http.eventually(Duration.ofSeconds(30), () -> circuits.circuit(circuitId).orElse(null));
        String formId = numbers.next("SD");
        commands.sendAndWait(new RequestAdjustment(formId, circuitId, new CircuitOnRecord(circuitId, CUSTOMER),
                "带宽升级", "2027-01-05", false, null, Department.GCD, clock.instant()));
        Http.eventually(Duration.ofSeconds(20), () -> forms.form(formId).orElse(null));
        return formId;
    }
}
