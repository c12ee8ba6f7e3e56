package cn.cmcc.ah.gca.decommission.lines;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.MetadataKeys;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.events.decommission.AdjustmentClassification;
import cn.cmcc.ah.gca.events.decommission.AdjustmentClassified;
import cn.cmcc.ah.gca.events.decommission.AdjustmentLinkKind;
import cn.cmcc.ah.gca.events.decommission.AdjustmentLinked;
import cn.cmcc.ah.gca.events.decommission.AdjustmentNewLineActivated;
import cn.cmcc.ah.gca.events.decommission.AdjustmentRequested;
import cn.cmcc.ah.gca.events.decommission.LastMileSuspended;
import cn.cmcc.ah.gca.events.decommission.StopFormDispatched;
import cn.cmcc.ah.gca.events.decommission.StopRequestType;
import cn.cmcc.ah.gca.events.presale.AccessPoint;
import cn.cmcc.ah.gca.events.presale.ProductRef;
import cn.cmcc.ah.gca.events.presale.TemplateRequested;
import cn.cmcc.ah.gca.events.provisioning.CircuitActivated;
import cn.cmcc.ah.gca.events.provisioning.StatusChangeRequested;
import cn.cmcc.ah.gca.events.provisioning.WorkOrderIssued;
import cn.cmcc.ah.gca.events.provisioning.WorkOrderType;
import cn.cmcc.ah.gca.events.provisioning.WorkTarget;
import cn.cmcc.ah.gca.events.sla.SlaClockStarted;
import cn.cmcc.ah.gca.support.query.Page;
import cn.cmcc.ah.gca.support.query.PageRequest;
import cn.cmcc.ah.gca.support.query.ViewStores;
import cn.cmcc.ah.gca.support.test.ProcessorBatch;
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

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The circuits' history from events as plain objects, in processor batches: the forms 5 of an adjustment, of several
 * circuits, the configuration change that belongs to a circuit's adjustment, and replays.
 */
class CircuitHistoryProjectionTest {

    private static final CustomerRef CUSTOMER = new CustomerRef("5510001234", "合肥某某科技有限公司", ServiceLevel.AA);
    private static final Instant START = Instant.parse("2026-05-04T01:00:00Z");
    private static final String OLD = "CL-2026-000101";
    private static final String NEW = "CL-2026-000102";
    private static final String NEIGHBOUR = "CL-2026-000103";

    private MongoClient client;
    private CircuitHistory history;
    private CircuitHistoryProjection projection;
    private final List<EventMessage<?>> stored = new ArrayList<>();
    private Instant at = START;

    @BeforeEach
    void setUp() {
        client = MongoClients.create(TestInfrastructure.embedded().mongoUri());
        history = new CircuitHistory(ViewStores.unfenced(client.getDatabase("lines-" + UUID.randomUUID()),
                Jackson2ObjectMapperBuilder.json().build()));
        projection = new CircuitHistoryProjection(history);
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    private Instant next() {
        at = at.plus(Duration.ofMinutes(1));
        return at;
    }

    /** The next event of {@code aggregateId}, as its service stored it (sequence counted per aggregate). */
    private EventMessage<?> event(String aggregateId, Object payload, Department acting) {
        long sequence = stored.stream().filter(message -> message instanceof GenericDomainEventMessage<?> domain
                && domain.getAggregateIdentifier().equals(aggregateId)).count();
        EventMessage<?> message = new GenericDomainEventMessage<>("Aggregate", aggregateId, sequence, payload,
                MetaData.from(Map.of(MetadataKeys.ACTING_DEPARTMENT, acting.name(),
                        MetadataKeys.ACTING_USER, acting.name().toLowerCase() + "-user")));
        stored.add(message);
        return message;
    }

    private void handle(List<EventMessage<?>> batch) throws Exception {
        ProcessorBatch.handle(batch, message -> {
            if (message.getPayload() instanceof CircuitActivated activated) {
                projection.on(activated, message);
            } else {
                projection.on(message.getPayload(), message);
            }
        });
    }

    private CircuitActivated activation(String circuitId, String pointId) {
        return new CircuitActivated(circuitId, CUSTOMER, new ProductRef("DIA", "互联网专线", ""), 100,
                new AccessPoint(pointId, "合肥市蜀山区长江西路689号", "蜀山区"), List.of(),
                "RD-" + circuitId.substring(3), "RC-" + circuitId.substring(3), next());
    }

    private List<String> steps(String circuitId) {
        HistoryCircuitView circuit = history.circuit(circuitId).orElseThrow();
        return history.steps(circuit).stream().map(step -> step.kind + " " + step.event + " " + step.subjectId)
                .toList();
    }

    @Test
    void art37_aConfigurationChangeBelongsToTheAdjustedCircuit_withItsStatusChangesClock() throws Exception {
        String form5 = "SD-2026-000201";
        String change = "RD-2026-000299";
        List<EventMessage<?>> events = List.of(
                event(OLD, activation(OLD, "P1"), Department.CSSC),
                event(form5, new AdjustmentRequested(form5, OLD, CUSTOMER, "带宽 100M → 200M", "2026-06-01", false,
                        null, next()), Department.GCD),
                event(form5, new AdjustmentClassified(form5, OLD, CUSTOMER, AdjustmentClassification.CONFIGURATION_ONLY,
                        false, "", next()), Department.CSSC),
                event(form5, new AdjustmentLinked(form5, AdjustmentLinkKind.CHANGE_DEMAND, change, next()),
                        Department.CSSC),
                event(change, new WorkOrderIssued(change, change + "-W01", WorkOrderType.DATA_CONFIGURATION_CHANGE,
                        "P7", WorkTarget.CORE, "核心网设备维护单位", "2026-05-20", "", "", next()), Department.CSSC),
                event(change, new StatusChangeRequested(change, "RMU-CORE", change + ".RMU-CORE", CUSTOMER, next()),
                        Department.CSSC),
                event("provisioning.status-change:" + change + ".RMU-CORE", clockOn(change + ".RMU-CORE"),
                        Department.CSSC));

        handle(events);

        assertThat(steps(OLD)).containsExactly(
                "CIRCUIT CircuitActivated " + OLD,
                "FORM_5 AdjustmentRequested " + form5,
                "FORM_5 AdjustmentClassified " + form5,
                "FORM_5 AdjustmentLinked " + form5,
                "FORM_2 WorkOrderIssued " + change,
                "FORM_2 StatusChangeRequested " + change,
                "SLA SlaClockStarted provisioning.status-change:" + change + ".RMU-CORE");
    }

    private SlaClockStarted clockOn(String subjectId) {
        Instant started = next();
        return new SlaClockStarted("provisioning.status-change:" + subjectId, "provisioning.status-change", "Art. 21",
                subjectId, CUSTOMER.groupId(), ServiceLevel.AA, Department.RMU, started, started.plusSeconds(60),
                started.plusSeconds(120), false, 1L, Department.CSSC, "1 WD", 1L);
    }

    @Test
    void art36_theNewLinesActivationShowsInTheHistoryOfBothCircuits() throws Exception {
        String form5 = "SD-2026-000202";
        handle(List.of(
                event(OLD, activation(OLD, "P1"), Department.CSSC),
                event(form5, new AdjustmentRequested(form5, OLD, CUSTOMER, "迁址", "2026-06-01", false, null, next()),
                        Department.GCD),
                event(NEW, activation(NEW, "P1"), Department.CSSC),
                event(form5, new AdjustmentNewLineActivated(form5, OLD, NEW, "RD-2026-000102", next()),
                        Department.CSSC)));

        assertThat(steps(OLD)).containsExactly("CIRCUIT CircuitActivated " + OLD,
                "FORM_5 AdjustmentRequested " + form5, "FORM_5 AdjustmentNewLineActivated " + form5);
        assertThat(steps(NEW)).containsExactly("CIRCUIT CircuitActivated " + NEW,
                "FORM_5 AdjustmentNewLineActivated " + form5);
    }

    @Test
    void art34_aForm5OfTwoCircuitsShowsEachCircuitOnlyItsOwnSuspension() throws Exception {
        String form5 = "SD-2026-000203";
        handle(List.of(
                event(OLD, activation(OLD, "P1"), Department.CSSC),
                event(NEIGHBOUR, activation(NEIGHBOUR, "P2"), Department.CSSC),
                event(form5, new StopFormDispatched(form5, StopRequestType.SUSPENSION, CUSTOMER,
                        List.of(OLD, NEIGHBOUR), "欠费", "2026-06-01", List.of(), null, next()), Department.GCD),
                event(form5, new LastMileSuspended(form5, NEIGHBOUR, "", next()), Department.CSSC),
                event(form5, new LastMileSuspended(form5, OLD, "", next()), Department.CSSC)));

        HistoryCircuitView old = history.circuit(OLD).orElseThrow();
        List<HistoryEntryView> steps = history.steps(old);
        assertThat(steps).extracting(step -> step.event).containsExactly("CircuitActivated", "StopFormDispatched",
                "LastMileSuspended");
        assertThat(steps.get(2).details).containsEntry("circuitId", OLD);
        assertThat(steps(NEIGHBOUR)).hasSize(3);
    }

    @Test
    void aRecordTwiceInOneBatchOrAgainLaterIsOneStep_andAResetAndReplayRebuildsTheSameHistory() throws Exception {
        String form5 = "SD-2026-000204";
        EventMessage<?> activated = event(OLD, activation(OLD, "P1"), Department.CSSC);
        EventMessage<?> dispatched = event(form5, new StopFormDispatched(form5, StopRequestType.SUSPENSION, CUSTOMER,
                List.of(OLD), "欠费", "2026-06-01", List.of(), null, next()), Department.GCD);
        EventMessage<?> suspended = event(form5, new LastMileSuspended(form5, OLD, "", next()), Department.CSSC);
        EventMessage<?> template = event("TPL-2026-000001", new TemplateRequested("TPL-2026-000001", "DPL",
                "数据专线", "双路由", next()), Department.GCD);

        handle(List.of(activated, dispatched, dispatched, template, suspended));
        handle(List.of(dispatched, suspended, activated));
        List<String> once = steps(OLD);
        projection.reset();
        assertThat(history.circuit(OLD)).isEmpty();
        handle(stored);

        assertThat(once).containsExactly("CIRCUIT CircuitActivated " + OLD, "FORM_5 StopFormDispatched " + form5,
                "FORM_5 LastMileSuspended " + form5);
        assertThat(steps(OLD)).isEqualTo(once);
    }

    @Test
    void theHistoryPagesOldestFirstFromWhereTheLastPageStopped() throws Exception {
        String form5 = "SD-2026-000205";
        List<EventMessage<?>> events = new ArrayList<>(List.of(event(OLD, activation(OLD, "P1"), Department.CSSC),
                event(form5, new StopFormDispatched(form5, StopRequestType.SUSPENSION, CUSTOMER, List.of(OLD), "欠费",
                        "2026-06-01", List.of(), null, next()), Department.GCD)));
        for (int i = 0; i < 5; i++) {
            events.add(event(form5, new LastMileSuspended(form5, OLD, "第" + i + "次", next()), Department.CSSC));
        }
        handle(events);
        HistoryCircuitView circuit = history.circuit(OLD).orElseThrow();

        Page<HistoryEntryView> first = history.history(circuit, PageRequest.first(3));
        Page<HistoryEntryView> second = history.history(circuit, new PageRequest(3, Optional.of(first.next())));
        Page<HistoryEntryView> third = history.history(circuit, new PageRequest(3, Optional.of(second.next())));

        assertThat(first.items()).extracting(step -> step.event).containsExactly("CircuitActivated",
                "StopFormDispatched", "LastMileSuspended");
        assertThat(second.items()).hasSize(3);
        assertThat(third.items()).hasSize(1);
        assertThat(third.next()).isNull();
        List<Instant> times = new ArrayList<>();
        List.of(first, second, third).forEach(page -> page.items().forEach(step -> times.add(step.at)));
        assertThat(times).isSorted().doesNotHaveDuplicates();
    }
}
