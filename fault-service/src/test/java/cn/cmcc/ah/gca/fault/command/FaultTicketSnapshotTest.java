package cn.cmcc.ah.gca.fault.command;

import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.events.decommission.StopRequestType;
import cn.cmcc.ah.gca.support.axon.SnapshotSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.cmcc.ah.gca.events.Department.CALL_CENTER;
import static cn.cmcc.ah.gca.events.Department.CUSTOMER;
import static cn.cmcc.ah.gca.events.Department.MON;
import static cn.cmcc.ah.gca.events.Department.OMT;
import static cn.cmcc.ah.gca.events.Department.PND;
import static cn.cmcc.ah.gca.fault.command.FaultTestData.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fault ticket survives a snapshot (the service snapshots every 50 events): its whole state — status, the level
 * holding it, the level that replied the last repair, the circuit's customer with its service level — comes back
 * equal, so a ticket reloaded from a snapshot reopens at the same level and carries the same customer.
 */
@DisplayName("Art. 24–31 — a fault ticket survives a snapshot")
class FaultTicketSnapshotTest {

    private final Serializer serializer = SnapshotSerializer.create(new ObjectMapper().findAndRegisterModules());

    /** A provincial core fault of an AAA customer, repaired by PND, the repair rejected: reopened at PND. */
    private static List<Object> reopenedAtPnd() {
        return steps(reportOn(inService(ServiceLevel.AAA), CALL_CENTER), accept(MON), dispatch(), diagnose(true),
                escalate(OMT), repair(PND), rejectClearance(CUSTOMER));
    }

    @Test
    @DisplayName("Art. 30–31 and the reopening decision — reopened at PND, the snapshot keeps holder, repairer and customer")
    void aTicketReopenedAtPndSurvivesASnapshot() {
        FaultTicket ticket = replayed(reopenedAtPnd());
        assertThat(ticket).extracting("ticketId", "circuitId", "customer", "status", "acceptingDepartment", "holder",
                        "repairedBy")
                .containsExactly(TICKET, CIRCUIT, customer(ServiceLevel.AAA), FaultTicket.Status.REPAIRING, MON, PND,
                        PND);

        FaultTicket restored = roundTrip(ticket, TICKET, CIRCUIT, CUSTOMER_AA.groupId(), "AAA", "REPAIRING", "PND");

        assertThat(restored).usingRecursiveComparison().isEqualTo(ticket);
    }

    @Test
    @DisplayName("Art. 30 and the reopening decision — handed back to OMT after reopening, holder and repairer differ")
    void aTicketHeldByOneLevelAndRepairedByAnotherSurvivesASnapshot() {
        FaultTicket ticket = replayed(steps(reopenedAtPnd(), handBack(PND, OMT)));
        assertThat(ticket).extracting("status", "holder", "repairedBy")
                .containsExactly(FaultTicket.Status.REPAIRING, OMT, PND);

        FaultTicket restored = roundTrip(ticket, "OMT", "PND");

        assertThat(restored).usingRecursiveComparison().isEqualTo(ticket);
    }

    @Test
    @DisplayName("Art. 24 — an archived ticket survives a snapshot")
    void anArchivedTicketSurvivesASnapshot() {
        FaultTicket ticket = replayed(archived(OMT));
        assertThat(ticket).extracting("status", "holder", "repairedBy")
                .containsExactly(FaultTicket.Status.ARCHIVED, MON, OMT);

        assertThat(roundTrip(ticket, "ARCHIVED")).usingRecursiveComparison().isEqualTo(ticket);
    }

    @Test
    @DisplayName("Art. 33–34 — the forms 5 a ticket was told of survive a snapshot, so a later redelivery stays a no-op")
    void theFormsATicketWasToldOfSurviveASnapshot() {
        FaultTicket ticket = replayed(steps(reopenedAtPnd(), circuitStop(StopRequestType.SUSPENSION)));
        assertThat(ticket).extracting("stopFormsTold").asInstanceOf(InstanceOfAssertFactories.COLLECTION)
                .containsExactly(STOP_FORM);

        FaultTicket restored = roundTrip(ticket, STOP_FORM, "REPAIRING", "PND");

        assertThat(restored).usingRecursiveComparison().isEqualTo(ticket);
    }

    private FaultTicket roundTrip(FaultTicket ticket, String... expectedInJson) {
        SerializedObject<String> snapshot = serializer.serialize(ticket, String.class);
        assertThat(snapshot.getData()).contains(expectedInJson);
        return serializer.deserialize(snapshot);
    }

    /** The ticket as Axon loads it: the commands run on a real configuration, its stored events replayed. */
    private static FaultTicket replayed(List<Object> commands) {
        Configuration axon = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(FaultTicket.class)
                .buildConfiguration();
        axon.start();
        try {
            commands.forEach(command -> axon.commandGateway().sendAndWait(command));
            FaultTicket ticket = new FaultTicket();
            axon.eventStore().readEvents(TICKET).asStream().forEach(event -> replay(ticket, event.getPayload()));
            return ticket;
        } finally {
            axon.shutdown();
        }
    }

    /** Applies a stored event through the ticket's event-sourcing handler. */
    private static void replay(FaultTicket ticket, Object event) {
        try {
            var handler = FaultTicket.class.getDeclaredMethod("on", event.getClass());
            handler.setAccessible(true);
            handler.invoke(ticket, event);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("FaultTicket cannot replay " + event.getClass().getSimpleName(), e);
        }
    }
}
