package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.presale.Segment;
import cn.cmcc.ah.gca.events.provisioning.ActivationCompleted;
import cn.cmcc.ah.gca.events.provisioning.CircuitActivated;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.cmcc.ah.gca.provisioning.command.ProvisioningTestData.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Art. 21: each activated point is a {@link Circuit} aggregate of its own, created with the activation in one unit of
 * work, on a real Axon configuration ({@code AggregateTestFixture} follows one aggregate).
 */
class CircuitTest {

    @Test
    void art21_eachPointsCircuitIsAnAggregateWhoseFirstEventIsItsActivation() {
        Configuration axon = started();
        try {
            activated(mixed()).forEach(command -> axon.commandGateway().sendAndWait(command));

            List<? extends DomainEventMessage<?>> form = axon.eventStore().readEvents(FORM).asStream().toList();
            assertThat(form.get(form.size() - 1).getPayload()).isInstanceOf(ActivationCompleted.class);
            for (String pointId : List.of("P1", "P2")) {
                String circuitId = "CL-2027-00000" + pointId.substring(1);
                List<? extends DomainEventMessage<?>> circuit = axon.eventStore().readEvents(circuitId).asStream().toList();
                assertThat(circuit).hasSize(1);
                assertThat(circuit.get(0).getType()).isEqualTo("Circuit");
                CircuitActivated activated = (CircuitActivated) circuit.get(0).getPayload();
                assertThat(activated.point().pointId()).isEqualTo(pointId);
                assertThat(activated.customer()).isEqualTo(CUSTOMER);
                assertThat(activated.demandFormId()).isEqualTo(FORM);
                assertThat(activated.confirmationFormId()).isEqualTo(FORM_1);
                assertThat(activated.segments()).extracting(line -> line.pointId()).containsOnly(pointId);
                assertThat(activated.segments()).extracting(line -> line.segment())
                        .containsExactly(Segment.CORE, Segment.ACCESS_BACKBONE, Segment.LAST_MILE);
            }
        } finally {
            axon.shutdown();
        }
    }

    static Configuration started() {
        Configuration axon = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(DemandForm.class)
                .configureAggregate(Circuit.class)
                .registerComponent(FormNumbers.class, c -> numbers())
                .buildConfiguration();
        axon.start();
        return axon;
    }

}
