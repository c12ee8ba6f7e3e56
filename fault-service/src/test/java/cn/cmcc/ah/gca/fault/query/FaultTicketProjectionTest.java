package cn.cmcc.ah.gca.fault.query;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.MetadataKeys;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.events.fault.EscalationDirection;
import cn.cmcc.ah.gca.events.fault.FaultAccepted;
import cn.cmcc.ah.gca.events.decommission.StopRequestType;
import cn.cmcc.ah.gca.events.fault.FaultArchived;
import cn.cmcc.ah.gca.events.fault.FaultCircuitStopRequested;
import cn.cmcc.ah.gca.events.fault.FaultClearanceConfirmed;
import cn.cmcc.ah.gca.events.fault.FaultDiagnosed;
import cn.cmcc.ah.gca.events.fault.FaultDispatched;
import cn.cmcc.ah.gca.events.fault.FaultEscalated;
import cn.cmcc.ah.gca.events.fault.FaultQualityChecked;
import cn.cmcc.ah.gca.events.fault.FaultReopened;
import cn.cmcc.ah.gca.events.fault.FaultRepaired;
import cn.cmcc.ah.gca.events.fault.FaultReplied;
import cn.cmcc.ah.gca.events.fault.FaultReported;
import cn.cmcc.ah.gca.events.fault.MaskedContact;
import cn.cmcc.ah.gca.events.fault.ReportChannel;
import cn.cmcc.ah.gca.fault.command.FaultStep;
import cn.cmcc.ah.gca.fault.command.FaultTicket.Status;
import cn.cmcc.ah.gca.support.query.HistoryEntry;
import cn.cmcc.ah.gca.support.query.PageRequest;
import cn.cmcc.ah.gca.support.query.ViewStores;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static cn.cmcc.ah.gca.events.Department.CSSC;
import static cn.cmcc.ah.gca.events.Department.CUSTOMER;
import static cn.cmcc.ah.gca.events.Department.GCD;
import static cn.cmcc.ah.gca.events.Department.MON;
import static cn.cmcc.ah.gca.events.Department.OMT;
import static org.assertj.core.api.Assertions.assertThat;

/** The fault events into the ticket views, as plain objects: status, holder, history, links, open work. */
class FaultTicketProjectionTest {

    private static final String TICKET = "FT-2026-000001";
    private static final String CIRCUIT = "CL-2026-000042";
    private static final CustomerRef CUSTOMER_REF = new CustomerRef("5510001234", "合肥某某科技有限公司", ServiceLevel.AA);
    private static final MaskedContact CONTACT = new MaskedContact("张**", "138****1234", "local:AAAA");
    private static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");

    private MongoClient client;
    private FaultQueries views;
    private FaultTicketProjection projection;

    @BeforeEach
    void setUp() {
        client = MongoClients.create(TestInfrastructure.embedded().mongoUri());
        views = new FaultQueries(ViewStores.unfenced(client.getDatabase("fault-tickets-" + UUID.randomUUID()),
                Jackson2ObjectMapperBuilder.json().build()));
        projection = new FaultTicketProjection(views);
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    private static EventMessage<?> message(String ticketId, long sequence, Object event, Department acting) {
        return new GenericDomainEventMessage<>("FaultTicket", ticketId, sequence, event, MetaData.from(Map.of(
                MetadataKeys.ACTING_DEPARTMENT, acting.name(),
                MetadataKeys.ACTING_USER, acting.name().toLowerCase() + "-user")));
    }

    private static Instant at(int minutes) {
        return AT.plusSeconds(60L * minutes);
    }

    private void reported(String ticketId, List<String> linked) {
        FaultReported event = new FaultReported(ticketId, CIRCUIT, CUSTOMER_REF, ReportChannel.CALL_CENTER,
                "专线中断", CONTACT, MON, MON, linked, AT);
        projection.on(event, message(ticketId, 0, event, Department.CALL_CENTER));
    }

    private FaultTicketView ticket() {
        return views.ticket(TICKET).orElseThrow();
    }

    /** Art. 24–29 with a reopening, event by event: status, holder, the step waited for. */
    private void throughArt29WithAReopening() {
        reported(TICKET, List.of());
        FaultAccepted accepted = new FaultAccepted(TICKET, CIRCUIT, CUSTOMER_REF, MON, MON, at(1));
        projection.on(accepted, 1, message(TICKET, 1, accepted, MON));
        FaultDispatched dispatched = new FaultDispatched(TICKET, CIRCUIT, CUSTOMER_REF, MON, "请处理", CSSC, at(2));
        projection.on(dispatched, 2, message(TICKET, 2, dispatched, MON));
        FaultDiagnosed diagnosed = new FaultDiagnosed(TICKET, CIRCUIT, CUSTOMER_REF, true, "核心丢包", CSSC, at(3));
        projection.on(diagnosed, 3, message(TICKET, 3, diagnosed, CSSC));
        FaultEscalated escalated = new FaultEscalated(TICKET, CIRCUIT, CUSTOMER_REF, CSSC, OMT,
                EscalationDirection.UP, "核心丢包", OMT, at(3));
        projection.on(escalated, 4, message(TICKET, 4, escalated, CSSC));
        FaultRepaired repaired = new FaultRepaired(TICKET, CIRCUIT, CUSTOMER_REF, OMT, "光模块老化", "更换", CSSC, at(4));
        projection.on(repaired, 5, message(TICKET, 5, repaired, OMT));
        FaultReopened reopened = new FaultReopened(TICKET, CIRCUIT, CUSTOMER_REF, CUSTOMER, "仍丢包", OMT, at(5));
        projection.on(reopened, 6, message(TICKET, 6, reopened, CUSTOMER));
    }

    @Test
    void everyEventSetsTheStatusAndTheHolder_andIsOneStepOfTheHistory() {
        throughArt29WithAReopening();

        FaultTicketView view = ticket();
        assertThat(view.status).isEqualTo(Status.REPAIRING);
        assertThat(view.holder).as("reopened at the level that replied").isEqualTo(OMT);
        assertThat(view.since).isEqualTo(at(5));
        assertThat(view.reopenings).containsExactly(new FaultTicketView.Reopening(CUSTOMER, "仍丢包", OMT, at(5)));
        assertThat(view.levelChanges).containsExactly(new FaultTicketView.LevelChange(CSSC, OMT,
                EscalationDirection.UP, "核心丢包", at(3)));
        assertThat(view.repair).isEqualTo(new FaultTicketView.Repair(OMT, "光模块老化", "更换", at(4)));
        assertThat(view.diagnosis.coreNetwork()).isTrue();
        assertThat(view.dispatchNote).isEqualTo("请处理");
        assertThat(view.contact).isEqualTo(CONTACT);
        assertThat(view.reportedBy).isEqualTo("call_center-user");
        assertThat(view.history).extracting(HistoryEntry::event).containsExactly("FaultReported", "FaultAccepted",
                "FaultDispatched", "FaultDiagnosed", "FaultEscalated", "FaultRepaired", "FaultReopened");
        HistoryEntry reopening = view.history.get(6);
        assertThat(reopening.department()).isEqualTo(CUSTOMER);
        assertThat(reopening.user()).isEqualTo("customer-user");
        assertThat(reopening.details()).containsEntry("reason", "仍丢包").containsEntry("holder", "OMT");
        assertThat(FaultWork.nextStep(view.status)).contains(FaultStep.REPAIR_FAULT);
    }

    @Test
    void aFailedQualityCheckGoesBackToCssc_thePassedOneWaitsForMonsArchive() {
        throughArt29WithAReopening();
        FaultRepaired repaired = new FaultRepaired(TICKET, CIRCUIT, CUSTOMER_REF, OMT, "背板松动", "紧固", CSSC, at(6));
        projection.on(repaired, 7, message(TICKET, 7, repaired, OMT));
        FaultClearanceConfirmed cleared = new FaultClearanceConfirmed(TICKET, CIRCUIT, CUSTOMER_REF, CSSC, "", CSSC,
                at(7));
        projection.on(cleared, 8, message(TICKET, 8, cleared, CSSC));
        FaultReplied replied = new FaultReplied(TICKET, CIRCUIT, CUSTOMER_REF, "已恢复", MON, at(8));
        projection.on(replied, 9, message(TICKET, 9, replied, CSSC));
        FaultQualityChecked failed = new FaultQualityChecked(TICKET, CIRCUIT, CUSTOMER_REF, false, "未写历时", CSSC,
                at(9));
        projection.on(failed, 10, message(TICKET, 10, failed, MON));
        assertThat(ticket().status).isEqualTo(Status.CLEARED);
        assertThat(ticket().holder).isEqualTo(CSSC);
        assertThat(FaultWork.nextStep(ticket().status)).contains(FaultStep.REPLY_FAULT);

        FaultReplied again = new FaultReplied(TICKET, CIRCUIT, CUSTOMER_REF, "已恢复，历时1小时", MON, at(10));
        projection.on(again, 11, message(TICKET, 11, again, CSSC));
        FaultQualityChecked passed = new FaultQualityChecked(TICKET, CIRCUIT, CUSTOMER_REF, true, "", MON, at(11));
        projection.on(passed, 12, message(TICKET, 12, passed, MON));
        assertThat(ticket().status).isEqualTo(Status.CHECKED);
        assertThat(views.heldBy(MON, PageRequest.first(10)).items()).extracting(view -> view.ticketId)
                .containsExactly(TICKET);

        FaultArchived archived = new FaultArchived(TICKET, CIRCUIT, CUSTOMER_REF, MON, MON, at(12));
        projection.on(archived, 13, message(TICKET, 13, archived, MON));
        FaultTicketView view = ticket();
        assertThat(view.status).isEqualTo(Status.ARCHIVED);
        assertThat(view.archivedAt).isEqualTo(at(12));
        assertThat(view.qualityChecks).extracting(FaultTicketView.QualityCheck::passed).containsExactly(false, true);
        assertThat(view.reply.summary()).isEqualTo("已恢复，历时1小时");
        assertThat(FaultWork.nextStep(view.status)).isEmpty();
        assertThat(views.heldBy(MON, PageRequest.first(10)).items()).as("archived: no open work").isEmpty();
        assertThat(views.tickets(Optional.of(Status.ARCHIVED), Optional.empty(), Optional.of(CIRCUIT),
                PageRequest.first(10)).items()).hasSize(1);
    }

    @Test
    void aRedeliveredOrOlderEventChangesNothing() {
        throughArt29WithAReopening();
        FaultTicketView before = ticket();

        reported(TICKET, List.of("FT-2026-999999"));
        FaultAccepted accepted = new FaultAccepted(TICKET, CIRCUIT, CUSTOMER_REF, MON, MON, at(1));
        projection.on(accepted, 1, message(TICKET, 1, accepted, MON));
        FaultRepaired repaired = new FaultRepaired(TICKET, CIRCUIT, CUSTOMER_REF, OMT, "光模块老化", "更换", CSSC, at(4));
        projection.on(repaired, 5, message(TICKET, 5, repaired, OMT));

        FaultTicketView after = ticket();
        assertThat(after.status).isEqualTo(before.status);
        assertThat(after.holder).isEqualTo(before.holder);
        assertThat(after.history).hasSameSizeAs(before.history);
        assertThat(after.linkedTicketIds).isEmpty();
    }

    /** Art. 33–34: told of a form 5, the ticket keeps its status, holder and since; a redelivery is recorded once. */
    @Test
    void art33_aForm5StoppingTheCircuitIsAStopRequestAndAStepOfTheHistory_theTicketGoesOnAsBefore() {
        throughArt29WithAReopening();
        FaultTicketView before = ticket();
        FaultCircuitStopRequested told = new FaultCircuitStopRequested(TICKET, CIRCUIT, CUSTOMER_REF,
                "SD-2026-000001", StopRequestType.SUSPENSION, "客户要求暂停", OMT, at(30));

        projection.on(told, 7, message(TICKET, 7, told, GCD));
        projection.on(told, 7, message(TICKET, 7, told, GCD));

        FaultTicketView view = ticket();
        assertThat(view.stopRequests).containsExactly(new FaultTicketView.StopRequest("SD-2026-000001",
                StopRequestType.SUSPENSION, "客户要求暂停", at(30)));
        assertThat(view.status).isEqualTo(before.status);
        assertThat(view.holder).isEqualTo(OMT);
        assertThat(view.since).as("the holder has it in this status since before").isEqualTo(before.since);
        assertThat(view.history).hasSize(before.history.size() + 1);
        HistoryEntry step = view.history.get(view.history.size() - 1);
        assertThat(step.event()).isEqualTo("FaultCircuitStopRequested");
        assertThat(step.department()).isEqualTo(GCD);
        assertThat(step.user()).isEqualTo("gcd-user");
        assertThat(step.at()).isEqualTo(at(30));
        assertThat(step.details()).containsEntry("formId", "SD-2026-000001").containsEntry("requestType", "SUSPENSION")
                .containsEntry("reason", "客户要求暂停").containsEntry("holder", "OMT");
        assertThat(views.heldBy(OMT, PageRequest.first(10)).items()).extracting(held -> held.ticketId)
                .containsExactly(TICKET);
    }

    @Test
    void aLaterReportOnTheCircuitIsListedUnderTheEarlierTicketToo() {
        reported(TICKET, List.of());
        reported("FT-2026-000002", List.of(TICKET));
        reported("FT-2026-000003", List.of(TICKET, "FT-2026-000002"));
        reported("FT-2026-000003", List.of(TICKET, "FT-2026-000002"));

        assertThat(views.ticket("FT-2026-000003").orElseThrow().linkedTicketIds)
                .containsExactly(TICKET, "FT-2026-000002");
        assertThat(views.laterReportsOf(TICKET)).containsExactly("FT-2026-000002", "FT-2026-000003");
        assertThat(views.laterReportsOf("FT-2026-000002")).containsExactly("FT-2026-000003");
        assertThat(views.openOnCircuit(CIRCUIT)).extracting(view -> view.ticketId)
                .containsExactly(TICKET, "FT-2026-000002", "FT-2026-000003");
    }

    @Test
    void aDirectReportAcceptedByCsscIsCsscsToDiagnose_andAnOlderReportWithoutHolderIsTheAcceptingDepartments() {
        FaultReported direct = new FaultReported(TICKET, CIRCUIT, CUSTOMER_REF, ReportChannel.CUSTOMER_DIRECT,
                "专线中断", new MaskedContact("张三", null, null), CSSC, null, null, AT);
        projection.on(direct, message(TICKET, 0, direct, CUSTOMER));
        assertThat(ticket().holder).isEqualTo(CSSC);
        assertThat(ticket().linkedTicketIds).isEmpty();
        assertThat(views.heldBy(CSSC, PageRequest.first(10)).items()).hasSize(1);

        FaultAccepted accepted = new FaultAccepted(TICKET, null, null, CSSC, null, at(1));
        projection.on(accepted, 1, message(TICKET, 1, accepted, CSSC));

        assertThat(ticket().status).isEqualTo(Status.DIAGNOSING);
        assertThat(ticket().holder).isEqualTo(CSSC);
        assertThat(ticket().acceptedBy).isEqualTo(CSSC);
    }

    @Test
    void aCustomersRepairedTicketsWaitForItsAnswer() {
        throughArt29WithAReopening();
        assertThat(views.awaitingClearance(CUSTOMER_REF.groupId(), PageRequest.first(10)).items()).isEmpty();

        FaultRepaired repaired = new FaultRepaired(TICKET, CIRCUIT, CUSTOMER_REF, OMT, "背板松动", "紧固", CSSC, at(6));
        projection.on(repaired, 7, message(TICKET, 7, repaired, OMT));

        assertThat(views.awaitingClearance(CUSTOMER_REF.groupId(), PageRequest.first(10)).items()).hasSize(1);
        assertThat(views.awaitingClearance("5519999999", PageRequest.first(10)).items()).isEmpty();
        assertThat(views.heldBy(OMT, PageRequest.first(10)).items()).isEmpty();
    }
}
