package cn.cmcc.ah.gca.provisioning.query;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.MetadataKeys;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.events.presale.AccessPoint;
import cn.cmcc.ah.gca.events.presale.AdjustmentLink;
import cn.cmcc.ah.gca.events.presale.NetworkSolution;
import cn.cmcc.ah.gca.events.presale.ProductRef;
import cn.cmcc.ah.gca.events.presale.ResourceRequest;
import cn.cmcc.ah.gca.events.provisioning.AcceptanceArchived;
import cn.cmcc.ah.gca.events.provisioning.AcceptanceOrganised;
import cn.cmcc.ah.gca.events.provisioning.AcceptanceSignatureAdded;
import cn.cmcc.ah.gca.events.provisioning.AcceptanceTest;
import cn.cmcc.ah.gca.events.provisioning.ActivationCompleted;
import cn.cmcc.ah.gca.events.provisioning.BlockDecision;
import cn.cmcc.ah.gca.events.provisioning.BlockRecordCoSigned;
import cn.cmcc.ah.gca.events.provisioning.BlockRecordWritten;
import cn.cmcc.ah.gca.events.provisioning.CircuitActivated;
import cn.cmcc.ah.gca.events.provisioning.CircuitAssignment;
import cn.cmcc.ah.gca.events.provisioning.ConstructionBlocked;
import cn.cmcc.ah.gca.events.provisioning.ConstructionResumed;
import cn.cmcc.ah.gca.events.provisioning.DemandAccepted;
import cn.cmcc.ah.gca.events.provisioning.DemandDispatched;
import cn.cmcc.ah.gca.events.provisioning.DemandKind;
import cn.cmcc.ah.gca.events.provisioning.DemandPoint;
import cn.cmcc.ah.gca.events.provisioning.DemandReplied;
import cn.cmcc.ah.gca.events.provisioning.EngineeringBuildInService;
import cn.cmcc.ah.gca.events.provisioning.EngineeringBuildRequested;
import cn.cmcc.ah.gca.events.provisioning.EngineeringCompletionDateReported;
import cn.cmcc.ah.gca.events.provisioning.ProvisioningPath;
import cn.cmcc.ah.gca.events.provisioning.ResourcesRegistered;
import cn.cmcc.ah.gca.events.provisioning.Signatory;
import cn.cmcc.ah.gca.events.provisioning.StatusChangeConfirmed;
import cn.cmcc.ah.gca.events.provisioning.StatusChangeInfoPassed;
import cn.cmcc.ah.gca.events.provisioning.StatusChangeRequested;
import cn.cmcc.ah.gca.events.provisioning.WorkOrderCompleted;
import cn.cmcc.ah.gca.events.provisioning.WorkOrderFailed;
import cn.cmcc.ah.gca.events.provisioning.WorkOrderIssued;
import cn.cmcc.ah.gca.events.provisioning.WorkOrderType;
import cn.cmcc.ah.gca.events.provisioning.WorkTarget;
import cn.cmcc.ah.gca.support.query.PageRequest;
import cn.cmcc.ah.gca.support.query.ViewStores;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The form-2 read model and the inboxes as plain objects on the embedded MongoDB-wire store: a form through an ENG
 * build, a failed and a reissued work order, a block, activation, the status changes, the reply and form 4; and that a
 * re-delivered event or a full replay leaves the same documents.
 */
class ProvisioningProjectionTest {

    private static final String FORM = "RD-2026-000042";
    private static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");
    private static final CustomerRef CUSTOMER = new CustomerRef("5510001234", "合肥某某科技有限公司", ServiceLevel.AA);
    private static final ResourceRequest REQUEST = new ResourceRequest(CUSTOMER, new ProductRef("DIA", "互联网专线", ""),
            100, "2026-04-15", "李明 13900000000", "王芳 13700000000", "", AdjustmentLink.none());
    private static final AccessPoint P1 = new AccessPoint("P1", "合肥市蜀山区长江西路689号", "蜀山区");
    private static final AccessPoint P2 = new AccessPoint("P2", "合肥市包河区徽州大道1号", "包河区");

    private final ObjectMapper mapper = Jackson2ObjectMapperBuilder.json().build();
    private MongoClient client;
    private ProvisioningQueries views;
    private ProvisioningProjection projection;
    private final List<GenericDomainEventMessage<?>> stream = new ArrayList<>();

    @BeforeEach
    void setUp() {
        client = MongoClients.create(TestInfrastructure.embedded().mongoUri());
        views = new ProvisioningQueries(ViewStores.unfenced(client.getDatabase("projection-" + UUID.randomUUID()),
                mapper));
        projection = new ProvisioningProjection(views);
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    private void append(Department department, Object event) {
        append(FORM, department, event);
    }

    private void append(String formId, Department department, Object event) {
        stream.add(new GenericDomainEventMessage<>("DemandForm", formId, stream.size(), event,
                MetaData.from(Map.of(MetadataKeys.ACTING_DEPARTMENT, department.name(),
                        MetadataKeys.ACTING_USER, department.name().toLowerCase() + "-user"))));
    }

    private Instant at(int minutes) {
        return AT.plusSeconds(60L * minutes);
    }

    /** Dispatched, accepted; P1 needs an ENG build (Art. 19), P2 has everything (Art. 18). */
    private void dispatchedAndAccepted() {
        append(Department.GCD, new DemandDispatched(FORM, DemandKind.ACTIVATION, "RC-2026-000042", REQUEST,
                List.of(new DemandPoint(P1, ProvisioningPath.ENGINEERING_BUILD, List.of(), "2026-04-10", "2026-04-10"),
                        new DemandPoint(P2, ProvisioningPath.AVAILABLE, List.of(), "", "")),
                new NetworkSolution("双路由接入", List.of()), "", AT));
        append(Department.CSSC, new DemandAccepted(FORM, DemandKind.ACTIVATION, CUSTOMER, "2026-04-20", "核心端口申请", "末端施工已排期", at(1)));
        append(Department.CSSC, new EngineeringBuildRequested(FORM, "P1", FORM + ".P1", CUSTOMER, "2026-04-10", at(1)));
    }

    private void builtActivatedRepliedAndArchived() {
        append(Department.ENG, new EngineeringCompletionDateReported(FORM, "P1", FORM + ".P1", "2026-04-10", true, "",
                at(2)));
        append(Department.ENG, new EngineeringBuildInService(FORM, "P1", FORM + ".P1", "2026-04-09", "", at(3)));
        append(Department.RMU, new ResourcesRegistered(FORM, "P1", "RMU-ACCESS", "OLT-SS-015 PON 1/2/7", at(4)));
        append(Department.CSSC, new WorkOrderIssued(FORM, FORM + "-W01", WorkOrderType.ACTIVATION, "P1",
                WorkTarget.LAST_MILE, "蜀山光缆班", "2026-04-12", "", "", at(5)));
        append(Department.CSSC, new WorkOrderFailed(FORM, FORM + "-W01", "P1", WorkTarget.LAST_MILE, "管道堵塞", at(6)));
        append(Department.CSSC, new ConstructionBlocked(FORM, FORM + "-B1", "P1", "物业不同意进场", at(7)));
        append(Department.CSSC, new BlockRecordWritten(FORM, FORM + "-B1", "协调物业后继续", "P2已开通",
                BlockDecision.CONTINUE, "cssc-user", at(8)));
        append(Department.GCD, new BlockRecordCoSigned(FORM, FORM + "-B1", "协调物业后继续", "P2已开通",
                BlockDecision.CONTINUE, "cssc-user", "gcd-user", at(7), at(9)));
        append(Department.CSSC, new ConstructionResumed(FORM, FORM + "-B1", "", at(10)));
        append(Department.CSSC, new WorkOrderIssued(FORM, FORM + "-W02", WorkOrderType.ACTIVATION, "P1",
                WorkTarget.LAST_MILE, "蜀山光缆班", "2026-04-14", "", FORM + "-W01", at(11)));
        append(Department.CSSC, new WorkOrderCompleted(FORM, FORM + "-W02", "P1", WorkTarget.LAST_MILE, "2026-04-13",
                "开通正常", at(12)));
        append(Department.CSSC, new ActivationCompleted(FORM, DemandKind.ACTIVATION, CUSTOMER, List.of(new CircuitAssignment("P1",
                "CL-2026-000001"), new CircuitAssignment("P2", "CL-2026-000002")), at(13)));
        append(Department.CSSC, new StatusChangeInfoPassed(FORM, List.of("RMU-ACCESS", "RMU-CORE"), "", at(14)));
        append(Department.CSSC, new StatusChangeRequested(FORM, "RMU-ACCESS", FORM + ".RMU-ACCESS", CUSTOMER, at(14)));
        append(Department.CSSC, new StatusChangeRequested(FORM, "RMU-CORE", FORM + ".RMU-CORE", CUSTOMER, at(14)));
        append(Department.RMU, new StatusChangeConfirmed(FORM, "RMU-ACCESS", FORM + ".RMU-ACCESS", "", at(15)));
        append(Department.RMU, new StatusChangeConfirmed(FORM, "RMU-CORE", FORM + ".RMU-CORE", "", at(16)));
        append(Department.CSSC, new DemandReplied(FORM, List.of(), "两点均已开通", at(17)));
        append(Department.GCD, new AcceptanceOrganised(FORM, "2026-04-16", List.of("客户张三", "客户经理李明"),
                List.of(new AcceptanceTest("带宽测试", true, "100 Mbit/s")), at(18)));
        append(Department.CUSTOMER, new AcceptanceSignatureAdded(FORM, Signatory.CUSTOMER, "张三", false, at(19)));
        append(Department.GCD, new AcceptanceSignatureAdded(FORM, Signatory.ACCOUNT_MANAGER, "李明", true, at(20)));
        append(Department.GCD, new AcceptanceArchived(FORM, "AA-2026-000001", at(21)));
    }

    /** Hands an event to the projection the way the tracking processor's handler adapter would. */
    private void deliver(GenericDomainEventMessage<?> message) {
        Object payload = message.getPayload();
        for (Method method : ProvisioningProjection.class.getDeclaredMethods()) {
            if (method.getName().equals("on") && method.getParameterTypes()[0] == payload.getClass()) {
                Object[] arguments = Arrays.stream(method.getParameterTypes()).map(type -> type == long.class
                        ? (Object) message.getSequenceNumber() : type == EventMessage.class ? message : payload)
                        .toArray();
                try {
                    method.setAccessible(true);
                    method.invoke(projection, arguments);
                    return;
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalArgumentException(payload.getClass().getName());
    }

    private List<String> inbox(Department department) {
        return views.inbox(department, PageRequest.first(50)).items().stream()
                .map(item -> item.kind + (item.pointId.isEmpty() ? "" : ":" + item.pointId)
                        + (item.unit.isEmpty() ? "" : ":" + item.unit))
                .toList();
    }

    private String storedJson() throws Exception {
        StringBuilder json = new StringBuilder(mapper.writeValueAsString(views.form(FORM).orElseThrow()));
        for (Department department : Department.values()) {
            json.append(mapper.writeValueAsString(views.inbox(department, PageRequest.first(50))));
        }
        return json.append(mapper.writeValueAsString(views.forms(Optional.empty(), Optional.empty(),
                PageRequest.first(10)))).toString();
    }

    @Test
    void art17_aDispatchedFormIsCsscsToAccept() {
        dispatchedAndAccepted();
        deliver(stream.get(0));

        DemandFormView view = views.form(FORM).orElseThrow();
        assertThat(view.status).isEqualTo(DemandStatus.DISPATCHED);
        assertThat(view.awaiting).containsExactly(Department.CSSC);
        assertThat(inbox(Department.CSSC)).containsExactly("ACCEPT_DEMAND");
        assertThat(views.forms(Optional.of(DemandStatus.DISPATCHED), Optional.of(CUSTOMER.groupId()),
                PageRequest.first(10)).items()).extracting(form -> form.formId).containsExactly(FORM);
    }

    @Test
    void art19_anAcceptedFormWithABuildIsEngsUntilInServiceThenTheRmusToRegister() {
        dispatchedAndAccepted();
        builtActivatedRepliedAndArchived();
        stream.subList(0, 3).forEach(this::deliver);

        assertThat(inbox(Department.CSSC)).containsExactly("COMPLETE_ACTIVATION");
        assertThat(inbox(Department.ENG)).containsExactly("ENGINEERING_BUILD:P1");
        assertThat(views.inbox(Department.ENG, PageRequest.first(5)).items().get(0).dueDate).isEqualTo("2026-04-10");
        assertThat(inbox(Department.CSSC)).doesNotContain("ACCEPT_DEMAND");

        stream.subList(3, 5).forEach(this::deliver);
        assertThat(inbox(Department.ENG)).isEmpty();
        assertThat(inbox(Department.RMU)).containsExactly("REGISTER_RESOURCES:P1");

        stream.subList(5, 6).forEach(this::deliver);
        assertThat(inbox(Department.RMU)).isEmpty();
        assertThat(views.form(FORM).orElseThrow().points.get(0).resourcesReady()).isTrue();
    }

    @Test
    void art22_aFailedWorkOrderThenABlockGoToCsscAndGcdUntilResumed() {
        dispatchedAndAccepted();
        builtActivatedRepliedAndArchived();
        stream.subList(0, 8).forEach(this::deliver);
        // earliest first: the failure arose today, the activation is due by its planned date
        assertThat(inbox(Department.CSSC)).containsExactly("HANDLE_FAILED_WORK_ORDER:P1", "COMPLETE_ACTIVATION");

        stream.subList(8, 9).forEach(this::deliver);
        assertThat(inbox(Department.CSSC)).containsExactlyInAnyOrder("COMPLETE_ACTIVATION", "WRITE_BLOCK_RECORD:P1");
        assertThat(views.form(FORM).orElseThrow().blocked).isTrue();

        stream.subList(9, 10).forEach(this::deliver);
        assertThat(inbox(Department.GCD)).containsExactly("CO_SIGN_BLOCK_RECORD:P1");

        stream.subList(10, 11).forEach(this::deliver);
        assertThat(inbox(Department.GCD)).isEmpty();
        assertThat(inbox(Department.CSSC)).containsExactlyInAnyOrder("COMPLETE_ACTIVATION", "RESUME_CONSTRUCTION:P1");

        stream.subList(11, 13).forEach(this::deliver);
        DemandFormView view = views.form(FORM).orElseThrow();
        assertThat(view.blocked).isFalse();
        assertThat(view.workOrders).extracting(order -> order.reissuedAs).containsExactly(FORM + "-W02", "");
        assertThat(inbox(Department.CSSC)).containsExactlyInAnyOrder("COMPLETE_ACTIVATION", "COMPLETE_WORK_ORDER:P1");
    }

    @Test
    void art21to23_afterActivationTheStatusChangesTheReplyAndForm4() {
        dispatchedAndAccepted();
        builtActivatedRepliedAndArchived();
        stream.subList(0, 15).forEach(this::deliver);

        assertThat(views.form(FORM).orElseThrow().status).isEqualTo(DemandStatus.ACTIVATED);
        assertThat(inbox(Department.CSSC)).containsExactly("PASS_STATUS_INFO");
        assertThat(inbox(Department.GCD)).containsExactly("ACCEPTANCE");

        stream.subList(15, 18).forEach(this::deliver);
        assertThat(inbox(Department.CSSC)).isEmpty();
        assertThat(inbox(Department.RMU)).containsExactly("CHANGE_RESOURCE_STATUS:RMU-ACCESS",
                "CHANGE_RESOURCE_STATUS:RMU-CORE");

        stream.subList(18, 20).forEach(this::deliver);
        assertThat(inbox(Department.RMU)).isEmpty();
        assertThat(inbox(Department.CSSC)).containsExactly("REPLY_DEMAND");

        stream.subList(20, stream.size()).forEach(this::deliver);
        DemandFormView view = views.form(FORM).orElseThrow();
        assertThat(view.status).isEqualTo(DemandStatus.ARCHIVED);
        assertThat(view.acceptanceState).isEqualTo(DemandFormView.AcceptanceState.ARCHIVED);
        assertThat(view.acceptance.signatures).extracting(AcceptanceView.Signature::signatory)
                .containsExactly(Signatory.CUSTOMER, Signatory.ACCOUNT_MANAGER);
        assertThat(view.points).extracting(point -> point.circuitId).containsExactly("CL-2026-000001",
                "CL-2026-000002");
        assertThat(view.history).hasSize(stream.size());
        assertThat(view.history.get(0).department()).isEqualTo(Department.GCD);
        assertThat(view.history.get(0).user()).isEqualTo("gcd-user");
        for (Department department : Department.values()) {
            assertThat(inbox(department)).as(department.name()).isEmpty();
        }
        assertThat(views.forms(Optional.of(DemandStatus.ARCHIVED), Optional.empty(), PageRequest.first(10)).items())
                .extracting(form -> form.formId).containsExactly(FORM);
    }

    @Test
    void aReDeliveredEventChangesNothing() throws Exception {
        dispatchedAndAccepted();
        builtActivatedRepliedAndArchived();
        stream.subList(0, 12).forEach(this::deliver);
        String once = storedJson();

        deliver(stream.get(0));
        deliver(stream.get(5));
        deliver(stream.get(9));
        deliver(stream.get(11));

        assertThat(storedJson()).isEqualTo(once);
        assertThat(views.form(FORM).orElseThrow().history).hasSize(12);
    }

    @Test
    void aReplayFromTheFirstEventRebuildsTheSameViews() throws Exception {
        dispatchedAndAccepted();
        builtActivatedRepliedAndArchived();
        stream.subList(0, 16).forEach(this::deliver);
        String before = storedJson();

        projection.reset();
        assertThat(views.form(FORM)).isEmpty();
        stream.subList(0, 16).forEach(this::deliver);

        assertThat(storedJson()).isEqualTo(before);
    }

    @Test
    void art37_aConfigurationChangeIsCsscsToCompleteAndReply_withoutStatusChanges_thenGcdsChangeAcceptance() {
        String change = "RD-SD-2026-000007";
        String circuit = "CL-2026-000001";
        ResourceRequest request = new ResourceRequest(CUSTOMER, REQUEST.product(), 100, "2026-03-02", "", "", "",
                AdjustmentLink.of(circuit, "SD-2026-000007"));
        append(change, Department.CSSC, new DemandDispatched(change, DemandKind.CONFIGURATION_CHANGE,
                "RC-2026-000042", request, List.of(new DemandPoint(P1, ProvisioningPath.AVAILABLE, List.of(), "", "")),
                new NetworkSolution("单路由接入", List.of()), "调整 QoS 模板", AT));
        append(change, Department.CSSC, new DemandAccepted(change, DemandKind.CONFIGURATION_CHANGE, CUSTOMER,
                "2026-03-06", "", "", at(1)));
        append(change, Department.CSSC, new WorkOrderIssued(change, change + "-W01",
                WorkOrderType.DATA_CONFIGURATION_CHANGE, "P1", WorkTarget.ACCESS_BACKBONE, "传输设备主管单位",
                "2026-03-05", "", "", at(2)));
        append(change, Department.CSSC, new WorkOrderCompleted(change, change + "-W01", "P1",
                WorkTarget.ACCESS_BACKBONE, "2026-03-03", "配置已下发", at(3)));
        append(change, Department.CSSC, new ActivationCompleted(change, DemandKind.CONFIGURATION_CHANGE, CUSTOMER,
                List.of(new CircuitAssignment("P1", circuit)), at(4)));
        append(change, Department.CSSC, new DemandReplied(change, List.of(new CircuitAssignment("P1", circuit)),
                "配置已更改", at(5)));

        stream.subList(0, 2).forEach(this::deliver);
        assertThat(inbox(Department.CSSC)).containsExactly("COMPLETE_CHANGE");
        assertThat(views.inbox(Department.CSSC, PageRequest.first(5)).items()).singleElement().satisfies(item -> {
            assertThat(item.demandKind).isEqualTo(DemandKind.CONFIGURATION_CHANGE);
            assertThat(item.circuitId).isEqualTo(circuit);
            assertThat(item.dueDate).isEqualTo("2026-03-06");
        });
        assertThat(views.form(change).orElseThrow().adjustedCircuitId()).isEqualTo(circuit);

        stream.subList(2, 3).forEach(this::deliver);
        assertThat(inbox(Department.CSSC)).containsExactly("COMPLETE_WORK_ORDER:P1", "COMPLETE_CHANGE");

        stream.subList(3, 5).forEach(this::deliver);
        DemandFormView changed = views.form(change).orElseThrow();
        assertThat(changed.status).isEqualTo(DemandStatus.ACTIVATED);
        assertThat(changed.points.get(0).circuitId).isEqualTo(circuit);
        assertThat(inbox(Department.CSSC)).as("no status change information to pass").containsExactly("REPLY_CHANGE");
        assertThat(inbox(Department.GCD)).containsExactly("CHANGE_ACCEPTANCE");
        assertThat(inbox(Department.RMU)).isEmpty();

        stream.subList(5, 6).forEach(this::deliver);
        assertThat(views.form(change).orElseThrow().status).isEqualTo(DemandStatus.REPLIED);
        assertThat(inbox(Department.CSSC)).isEmpty();
        assertThat(views.inbox(Department.GCD, PageRequest.first(5)).items()).singleElement().satisfies(item -> {
            assertThat(item.kind).isEqualTo(DueKind.CHANGE_ACCEPTANCE);
            assertThat(item.kind.article()).isEqualTo("Art. 37");
            assertThat(item.demandKind).isEqualTo(DemandKind.CONFIGURATION_CHANGE);
            assertThat(item.circuitId).isEqualTo(circuit);
        });
    }

    @Test
    void art21_aNewLinesOpenWorkSaysItIsANewLineAndNamesNoAdjustedCircuit() {
        dispatchedAndAccepted();
        stream.subList(0, 2).forEach(this::deliver);

        assertThat(views.inbox(Department.CSSC, PageRequest.first(5)).items()).singleElement().satisfies(item -> {
            assertThat(item.kind).isEqualTo(DueKind.COMPLETE_ACTIVATION);
            assertThat(item.demandKind).isEqualTo(DemandKind.ACTIVATION);
            assertThat(item.circuitId).isEmpty();
        });
    }

    @Test
    void art21_aCircuitInServiceIsListedForItsCustomer() {
        projection.on(new CircuitActivated("CL-2026-000001", CUSTOMER, REQUEST.product(), 100, P1, List.of(), FORM,
                "RC-2026-000042", at(13)));
        projection.on(new CircuitActivated("CL-2026-000001", CUSTOMER, REQUEST.product(), 100, P1, List.of(), FORM,
                "RC-2026-000042", at(13)));

        assertThat(views.circuit("CL-2026-000001").orElseThrow().status).isEqualTo(CircuitView.Status.IN_SERVICE);
        assertThat(views.circuits(Optional.of(CUSTOMER.groupId()), PageRequest.first(10)).items())
                .extracting(circuit -> circuit.circuitId).containsExactly("CL-2026-000001");
        assertThat(views.circuits(Optional.of("other"), PageRequest.first(10)).items()).isEmpty();
    }
}
