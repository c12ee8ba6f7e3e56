package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.presale.Segment;
import cn.cmcc.ah.gca.events.provisioning.ActivationCompleted;
import cn.cmcc.ah.gca.events.provisioning.BlockDecision;
import cn.cmcc.ah.gca.events.provisioning.CircuitActivated;
import cn.cmcc.ah.gca.events.provisioning.WorkTarget;
import cn.cmcc.ah.gca.support.axon.SnapshotSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.cmcc.ah.gca.provisioning.command.ProvisioningTestData.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Art. 21: each activated point is a {@link Circuit} aggregate of its own, created with the activation in one unit of
 * work, on a real Axon configuration ({@code AggregateTestFixture} follows one aggregate). And both aggregates survive
 * a snapshot with their whole state.
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

    private final Serializer serializer = SnapshotSerializer.create(new ObjectMapper().findAndRegisterModules());

    private <T> T roundTrip(T aggregate, String... expectedInJson) {
        SerializedObject<String> snapshot = serializer.serialize(aggregate, String.class);
        assertThat(snapshot.getData()).contains(expectedInJson);
        return serializer.deserialize(snapshot);
    }

    @Test
    void aFormMidwaySurvivesASnapshot_pointsWorkOrdersBlockAndSignaturesIncluded() {
        Configuration axon = started();
        try {
            steps(ready(mixed()), issue("P1", WorkTarget.CORE), fail(workOrder(1)), block("P1"),
                    writeRecord(blockId(1), BlockDecision.CONTINUE))
                    .forEach(command -> axon.commandGateway().sendAndWait(command));
            DemandForm form = new DemandForm();
            axon.eventStore().readEvents(FORM).asStream().forEach(event -> replay(form, event.getPayload()));

            DemandForm restored = roundTrip(form, FORM, "ENGINEERING_BUILD", workOrder(1), "FAILED", blockId(1));

            assertThat(restored).usingRecursiveComparison().isEqualTo(form);
        } finally {
            axon.shutdown();
        }
    }

    @Test
    void anActivatedAndSignedFormAndItsCircuitSurviveASnapshot() {
        Configuration axon = started();
        try {
            steps(replied(allAvailable()), organise(), signAsCustomer())
                    .forEach(command -> axon.commandGateway().sendAndWait(command));
            DemandForm form = new DemandForm();
            axon.eventStore().readEvents(FORM).asStream().forEach(event -> replay(form, event.getPayload()));
            Circuit circuit = new Circuit();
            circuit.on((CircuitActivated) axon.eventStore().readEvents("CL-2027-000001").next().getPayload());

            assertThat(roundTrip(form, "ACTIVATED", "CL-2027-000001", RMU_CORE, "CUSTOMER"))
                    .usingRecursiveComparison().isEqualTo(form);
            assertThat(roundTrip(circuit, "CL-2027-000001", "IN_SERVICE"))
                    .usingRecursiveComparison().isEqualTo(circuit);
        } finally {
            axon.shutdown();
        }
    }

    private static Configuration started() {
        Configuration axon = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(DemandForm.class)
                .configureAggregate(Circuit.class)
                .registerComponent(FormNumbers.class, c -> numbers())
                .buildConfiguration();
        axon.start();
        return axon;
    }

    /** Applies an event to the form through its event-sourcing handler, as Axon does when it loads it. */
    private static void replay(DemandForm form, Object event) {
        try {
            var handler = DemandForm.class.getDeclaredMethod("on", event.getClass());
            handler.setAccessible(true);
            handler.invoke(form, event);
        } catch (NoSuchMethodException e) {
            // an event the form does not need to decide on
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
