package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.presale.NetworkSolutionLine;
import cn.cmcc.ah.gca.events.presale.Segment;
import cn.cmcc.ah.gca.events.provisioning.AcceptanceTest;
import cn.cmcc.ah.gca.events.provisioning.CircuitActivated;
import cn.cmcc.ah.gca.events.provisioning.DemandDispatched;
import cn.cmcc.ah.gca.events.provisioning.DemandKind;
import cn.cmcc.ah.gca.events.provisioning.DemandPoint;
import cn.cmcc.ah.gca.events.provisioning.ProvisioningPath;
import cn.cmcc.ah.gca.events.provisioning.WorkTarget;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static cn.cmcc.ah.gca.provisioning.command.ProvisioningTestData.CUSTOMER;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningTestData.DISPATCHED_AT;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningTestData.FORM;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningTestData.FORM_1;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningTestData.P1;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningTestData.PRODUCT;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningTestData.REQUEST;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningTestData.line;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningTestData.solutionFor;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningTestData.steps;

/**
 * A circuit activated by {@link ProvisioningTestData#FORM}, its configuration-only adjustment {@link #ADJUSTMENT}
 * classified by decommission-service, and the steps of the change's form 2 {@link #CHANGE} (Art. 37) with their
 * default departments (test data mother).
 */
final class ConfigurationChangeTestData {

    static final String CIRCUIT = "CL-2027-000001";
    /** The form 5 of the adjustment. */
    static final String ADJUSTMENT = "SD-2027-000002";
    /** Its form 2: {@code RD-} + the form 5. */
    static final String CHANGE = "RD-SD-2027-000002";
    static final Instant ACTIVATED_AT = Instant.parse("2027-05-12T02:00:00Z");
    /** Thursday 2027-06-03, 10:00 in Anhui. */
    static final Instant CLASSIFIED_AT = Instant.parse("2027-06-03T02:00:00Z");
    static final Instant CHANGED_AT = Instant.parse("2027-06-04T02:00:00Z");
    static final String NOTE = "带宽不变，调整 VLAN 及 QoS 模板";
    static final String PLANNED_CHANGE = "2027-06-10";

    private ConfigurationChangeTestData() {
    }

    static List<NetworkSolutionLine> linesOfP1() {
        return Stream.of(Segment.values()).map(segment -> line("P1", segment)).toList();
    }

    /** The circuit's first event, as its form 2 {@link ProvisioningTestData#FORM} created it (Art. 21). */
    static CircuitActivated circuitActivated() {
        return new CircuitActivated(CIRCUIT, CUSTOMER, PRODUCT, 100, P1, linesOfP1(), FORM, FORM_1, ACTIVATED_AT);
    }

    /** What provisioning's store holds of {@link #CIRCUIT}: its activation and its form 2's dispatch. */
    static CircuitOnRecord circuitOnRecord() {
        ConfirmedForm basis = ProvisioningTestData.allAvailable();
        return new CircuitOnRecord(circuitActivated(), new DemandDispatched(FORM, DemandKind.ACTIVATION, FORM_1,
                REQUEST, List.of(new DemandPoint(P1, ProvisioningPath.AVAILABLE, basis.points().get(0).segments(),
                "", "")), solutionFor("P1"), "请尽快开通", DISPATCHED_AT));
    }

    static OpenConfigurationChange open() {
        return open(CHANGE, ADJUSTMENT, CIRCUIT, CUSTOMER.groupId(), circuitOnRecord());
    }

    static OpenConfigurationChange open(String formId, String adjustmentFormId, String circuitId, String groupId,
                                        CircuitOnRecord circuit) {
        return new OpenConfigurationChange(formId, adjustmentFormId, circuitId, groupId, circuit, NOTE, CLASSIFIED_AT);
    }

    /** CSSC accepts with the planned date alone: the change works on the circuit's existing resources. */
    static AcceptDemand accept() {
        return new AcceptDemand(CHANGE, PLANNED_CHANGE, null, null, Department.CSSC, CLASSIFIED_AT.plusSeconds(3600));
    }

    /** The device-owner unit's work order on the circuit's access backbone (Art. 37). */
    static IssueWorkOrder issue() {
        return issue(WorkTarget.ACCESS_BACKBONE);
    }

    static IssueWorkOrder issue(WorkTarget target) {
        return new IssueWorkOrder(CHANGE, "P1", target, "蜀山区传输设备主管单位", "2027-06-08", "修改 VLAN 及 QoS 模板", null,
                Department.CSSC, CHANGED_AT);
    }

    static String workOrder(int number) {
        return "%s-W%02d".formatted(CHANGE, number);
    }

    static CompleteWorkOrder complete(String workOrderId) {
        return new CompleteWorkOrder(CHANGE, workOrderId, "2027-06-04", "配置已下发，业务测试正常", Department.CSSC,
                CHANGED_AT);
    }

    static FailWorkOrder fail(String workOrderId) {
        return new FailWorkOrder(CHANGE, workOrderId, "设备割接窗口取消", Department.CSSC, CHANGED_AT);
    }

    static CompleteActivation completeChange() {
        return new CompleteActivation(CHANGE, Department.CSSC, CHANGED_AT);
    }

    static PassStatusChangeInfo passInfo() {
        return new PassStatusChangeInfo(CHANGE, List.of("RMU-ACCESS"), "端口状态不变", Department.CSSC, CHANGED_AT);
    }

    static ConfirmStatusChange confirm() {
        return new ConfirmStatusChange(CHANGE, "RMU-ACCESS", "", Department.RMU, CHANGED_AT);
    }

    static ReplyDemand reply() {
        return new ReplyDemand(CHANGE, "数据配置已更改，业务正常", Department.CSSC, CHANGED_AT);
    }

    static OrganiseAcceptance organise() {
        return new OrganiseAcceptance(CHANGE, "2027-06-07", List.of("客户 王芳", "客户经理 李明", "CSSC 张工"),
                List.of(new AcceptanceTest("业务连通性测试", true, "VLAN 302 正常")), Department.GCD, CHANGED_AT);
    }

    static SignAcceptance signAsCustomer() {
        return new SignAcceptance(CHANGE, "王芳", CUSTOMER.groupId(), Department.CUSTOMER, CHANGED_AT);
    }

    static SignAcceptance signAsAccountManager() {
        return new SignAcceptance(CHANGE, "李明", null, Department.GCD, CHANGED_AT);
    }

    static ArchiveAcceptance archive() {
        return new ArchiveAcceptance(CHANGE, Department.GCD, CHANGED_AT);
    }

    // --- the change up to a stage ---

    static List<Object> accepted() {
        return steps(open(), accept());
    }

    /** Accepted, the device-owner unit's work order issued and completed. */
    static List<Object> workDone() {
        return steps(accepted(), issue(), complete(workOrder(1)));
    }

    /** The change reported complete on its circuit. */
    static List<Object> changed() {
        return steps(workDone(), completeChange());
    }

    static List<Object> replied() {
        return steps(changed(), reply());
    }

    static List<Object> signed() {
        return steps(replied(), organise(), signAsCustomer(), signAsAccountManager());
    }
}
