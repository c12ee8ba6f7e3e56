package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.provisioning.BlockDecision;
import cn.cmcc.ah.gca.events.provisioning.CircuitActivated;
import cn.cmcc.ah.gca.events.provisioning.WorkTarget;
import cn.cmcc.ah.gca.support.axon.SnapshotSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.Configuration;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;

import static cn.cmcc.ah.gca.provisioning.command.ProvisioningTestData.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every in-sale aggregate survives a snapshot (the service snapshots every 50 events): its whole state — points,
 * work orders, the open block, status changes, signatures — comes back equal, so a form reloaded from a snapshot
 * decides as before.
 */
class ProvisioningSnapshotTest {

    private final Serializer serializer = SnapshotSerializer.create(new ObjectMapper().findAndRegisterModules());

    private <T> T roundTrip(T aggregate, String... expectedInJson) {
        SerializedObject<String> snapshot = serializer.serialize(aggregate, String.class);
        assertThat(snapshot.getData()).contains(expectedInJson);
        return serializer.deserialize(snapshot);
    }

    @Test
    void aFormMidwaySurvivesASnapshot_pointsWorkOrdersBlockAndSignaturesIncluded() {
        Configuration axon = CircuitTest.started();
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
        Configuration axon = CircuitTest.started();
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

    /** Applies a stored event to the form through its event-sourcing handler, as Axon does when it loads it. */
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
