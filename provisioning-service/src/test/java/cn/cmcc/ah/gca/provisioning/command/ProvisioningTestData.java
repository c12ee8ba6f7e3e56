package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.events.presale.AccessPoint;
import cn.cmcc.ah.gca.events.presale.AdjustmentLink;
import cn.cmcc.ah.gca.events.presale.AssessmentOutcome;
import cn.cmcc.ah.gca.events.presale.EngineeringAnswer;
import cn.cmcc.ah.gca.events.presale.NetworkSolution;
import cn.cmcc.ah.gca.events.presale.NetworkSolutionLine;
import cn.cmcc.ah.gca.events.presale.PointCapability;
import cn.cmcc.ah.gca.events.presale.ProductRef;
import cn.cmcc.ah.gca.events.presale.ResourceRequest;
import cn.cmcc.ah.gca.events.presale.Segment;
import cn.cmcc.ah.gca.events.presale.SegmentAssessment;
import cn.cmcc.ah.gca.events.provisioning.AcceptanceTest;
import cn.cmcc.ah.gca.events.provisioning.BlockDecision;
import cn.cmcc.ah.gca.events.provisioning.ProvisioningPath;
import cn.cmcc.ah.gca.events.provisioning.WorkTarget;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static cn.cmcc.ah.gca.events.presale.AssessmentOutcome.AVAILABLE;
import static cn.cmcc.ah.gca.events.presale.AssessmentOutcome.BUILD_REQUIRED;
import static cn.cmcc.ah.gca.events.presale.AssessmentOutcome.CORE_INSUFFICIENT;
import static cn.cmcc.ah.gca.events.presale.AssessmentOutcome.LAST_MILE_OPTIMIZABLE;
import static cn.cmcc.ah.gca.events.presale.Segment.ACCESS_BACKBONE;
import static cn.cmcc.ah.gca.events.presale.Segment.CORE;
import static cn.cmcc.ah.gca.events.presale.Segment.LAST_MILE;

/**
 * Confirmed form-1 bases for each in-sale path, and the form 2 commands with sensible defaults (test data mother).
 * Public so the web layer's tests build the same forms. Dates are in 2027, after the clock of any test that uses the
 * real time today.
 */
public final class ProvisioningTestData {

    public static final String FORM_1 = "RC-2026-000123";
    public static final String FORM = "RD-2026-000123";

    public static final CustomerRef CUSTOMER = new CustomerRef("5510001234", "合肥某某科技有限公司", ServiceLevel.AA);
    public static final String OTHER_CUSTOMER = "5510009999";
    public static final ProductRef PRODUCT = new ProductRef("DIA", "互联网专线", "");
    public static final ResourceRequest REQUEST = new ResourceRequest(CUSTOMER, PRODUCT, 100, "2027-04-15",
            "李明 13905510123", "王芳 0551-65123456", "", AdjustmentLink.none());

    public static final AccessPoint P1 = new AccessPoint("P1", "合肥市蜀山区长江西路689号金座大厦12层", "蜀山区");
    public static final AccessPoint P2 = new AccessPoint("P2", "合肥市包河区徽州大道1号某某产业园3号楼", "包河区");

    /** Art. 13: the date an optimisable last mile is ready. */
    public static final String READY_DATE = "2027-03-20";
    /** Art. 12, 14, 19: ENG's planned in-service date. */
    public static final String PLANNED_IN_SERVICE = "2027-04-30";
    public static final String PLANNED_ACTIVATION = "2027-05-15";
    public static final String WORK_PLANNED_DATE = "2027-05-10";

    public static final Instant DISPATCHED_AT = Instant.parse("2027-03-01T01:00:00Z");
    public static final Instant ACCEPTED_AT = Instant.parse("2027-03-01T03:00:00Z");
    /** Every later step, unless a test says otherwise. */
    public static final Instant AT = Instant.parse("2027-03-02T02:00:00Z");

    public static final String RMU_ACCESS = "RMU-ACCESS";
    public static final String RMU_CORE = "RMU-CORE";

    private ProvisioningTestData() {
    }

    // --- confirmed form-1 bases (Art. 16) ---

    /** P1 with every segment available: Art. 18. */
    public static ConfirmedForm allAvailable() {
        return accepted(availablePoint(P1));
    }

    /** P1 with the core short, ENG approved a build in service by {@link #PLANNED_IN_SERVICE}: Art. 12, 19. */
    public static ConfirmedForm coreInsufficient() {
        return accepted(buildPoint(P1, CORE_INSUFFICIENT));
    }

    /** P1 with backbone and last mile to build, ENG approved: Art. 14, 19. */
    public static ConfirmedForm buildRequired() {
        return accepted(buildPoint(P1, BUILD_REQUIRED));
    }

    /** P1 with the last mile optimisable by {@link #READY_DATE}: Art. 13, 20. */
    public static ConfirmedForm lastMileOptimizable() {
        return accepted(lastMilePoint(P1));
    }

    /** P1 all available (Art. 18), P2 with backbone and last mile built by ENG (Art. 19). */
    public static ConfirmedForm mixed() {
        return accepted(availablePoint(P1), buildPoint(P2, BUILD_REQUIRED));
    }

    /** The same form 1 standing otherwise (not replied, declined …). */
    public static ConfirmedForm standing(ConfirmedForm form, ConfirmedForm.Status status, String renegotiatedAs) {
        return new ConfirmedForm(form.formId(), status, form.request(), form.points(), form.solution(), renegotiatedAs);
    }

    public static ConfirmedForm accepted(PointCapability... points) {
        List<String> ids = Arrays.stream(points).filter(PointCapability::provisionable)
                .map(point -> point.point().pointId()).toList();
        return new ConfirmedForm(FORM_1, ConfirmedForm.Status.ACCEPTED, REQUEST, List.of(points),
                solutionFor(ids.toArray(String[]::new)), "");
    }

    public static PointCapability availablePoint(AccessPoint point) {
        return new PointCapability(point, AVAILABLE, true, "", List.of(found(CORE, AVAILABLE),
                found(ACCESS_BACKBONE, AVAILABLE), found(LAST_MILE, AVAILABLE)), EngineeringAnswer.notReferred());
    }

    /** {@code CORE_INSUFFICIENT} on the core, or {@code BUILD_REQUIRED} on backbone and last mile; ENG approved. */
    public static PointCapability buildPoint(AccessPoint point, AssessmentOutcome outcome) {
        List<SegmentAssessment> segments = outcome == CORE_INSUFFICIENT
                ? List.of(found(CORE, CORE_INSUFFICIENT), found(ACCESS_BACKBONE, AVAILABLE), found(LAST_MILE, AVAILABLE))
                : List.of(found(CORE, AVAILABLE), found(ACCESS_BACKBONE, BUILD_REQUIRED), found(LAST_MILE, BUILD_REQUIRED));
        return new PointCapability(point, outcome, true, PLANNED_IN_SERVICE, segments,
                new EngineeringAnswer(true, true, PLANNED_IN_SERVICE, "已纳入2027年第一批集客接入工程"));
    }

    /** A point ENG approved no project for: not provisionable (Art. 14). */
    public static PointCapability declinedPoint(AccessPoint point) {
        return new PointCapability(point, BUILD_REQUIRED, false, "", List.of(found(CORE, AVAILABLE),
                found(ACCESS_BACKBONE, AVAILABLE), found(LAST_MILE, BUILD_REQUIRED)),
                new EngineeringAnswer(true, false, "", "该址不在规划区内，暂不立项"));
    }

    public static PointCapability lastMilePoint(AccessPoint point) {
        return new PointCapability(point, LAST_MILE_OPTIMIZABLE, true, READY_DATE, List.of(found(CORE, AVAILABLE),
                found(ACCESS_BACKBONE, AVAILABLE), new SegmentAssessment(LAST_MILE, LAST_MILE_OPTIMIZABLE, READY_DATE,
                        "OLT-SS-015 需割接")), EngineeringAnswer.notReferred());
    }

    public static SegmentAssessment found(Segment segment, AssessmentOutcome outcome) {
        return new SegmentAssessment(segment, outcome, "", "");
    }

    public static NetworkSolution solutionFor(String... pointIds) {
        List<NetworkSolutionLine> lines = new ArrayList<>();
        for (String pointId : pointIds) {
            for (Segment segment : Segment.values()) {
                lines.add(line(pointId, segment));
            }
        }
        return new NetworkSolution("经汇聚环接入核心，核心间经城域网互联", lines);
    }

    public static NetworkSolutionLine line(String pointId, Segment segment) {
        return new NetworkSolutionLine(pointId, segment, "合肥城域网 " + pointId + " " + segment.label() + "路由",
                "设备 " + pointId + "-" + segment.ordinal() + " GE 1/0/1", 100);
    }

    /** Circuit and archive numbers counted from 1, as a fresh year would give them. */
    public static FormNumbers numbers() {
        AtomicInteger circuits = new AtomicInteger();
        AtomicInteger archives = new AtomicInteger();
        return new FormNumbers() {
            @Override
            public String nextCircuitId() {
                return "CL-2027-%06d".formatted(circuits.incrementAndGet());
            }

            @Override
            public String nextArchiveNumber() {
                return "AA-2027-%06d".formatted(archives.incrementAndGet());
            }
        };
    }

    // --- commands with their default department ---

    public static DispatchDemand dispatch(ConfirmedForm basis) {
        return new DispatchDemand(FORM, FORM_1, basis, "请尽快开通", Department.GCD, DISPATCHED_AT);
    }

    public static AcceptDemand accept() {
        return new AcceptDemand(FORM, PLANNED_ACTIVATION, "申请核心端口1个、接入主干带宽100M", "末端施工已排期",
                Department.CSSC, ACCEPTED_AT);
    }

    public static ReportEngineeringCompletionDate reportCompletionDate(String pointId, String date) {
        return new ReportEngineeringCompletionDate(FORM, pointId, date, "按计划推进", Department.ENG, AT);
    }

    public static ReportEngineeringInService reportInService(String pointId) {
        return new ReportEngineeringInService(FORM, pointId, PLANNED_IN_SERVICE, "已投产", Department.ENG, AT);
    }

    public static CompleteLastMileProject completeProject(String pointId) {
        return new CompleteLastMileProject(FORM, pointId, "新布放皮缆200米", Department.CSSC, AT);
    }

    public static RegisterResources register(String pointId, String unit) {
        return new RegisterResources(FORM, pointId, unit, "OLT-SS-015 PON 1/2/7", Department.RMU, AT);
    }

    public static AllocateLastMile allocate(String pointId) {
        return new AllocateLastMile(FORM, pointId, "OLT-SS-015 PON 1/2/7 分光口3", Department.CSSC, AT);
    }

    /** The steps that make a point of that path ready for work orders, after acceptance (Art. 18–20). */
    public static List<Object> prepare(String pointId, ProvisioningPath path) {
        return switch (path) {
            case AVAILABLE -> List.of();
            case ENGINEERING_BUILD -> List.of(reportInService(pointId), register(pointId, RMU_ACCESS));
            case LAST_MILE_PROJECT -> List.of(completeProject(pointId), register(pointId, RMU_ACCESS),
                    allocate(pointId));
        };
    }

    public static IssueWorkOrder issue(String pointId, WorkTarget target) {
        return reissue(pointId, target, null);
    }

    public static IssueWorkOrder reissue(String pointId, WorkTarget target, String failedWorkOrderId) {
        return new IssueWorkOrder(FORM, pointId, target, "合肥分公司传输班", WORK_PLANNED_DATE, "按方案开通",
                failedWorkOrderId, Department.CSSC, AT);
    }

    public static CompleteWorkOrder complete(String workOrderId) {
        return new CompleteWorkOrder(FORM, workOrderId, "2027-05-08", "开通正常", Department.CSSC, AT);
    }

    public static FailWorkOrder fail(String workOrderId) {
        return new FailWorkOrder(FORM, workOrderId, "楼内管道堵塞", Department.CSSC, AT);
    }

    /** The work order ids {@code RD-…-W01} … in issue order. */
    public static String workOrder(int number) {
        return "%s-W%02d".formatted(FORM, number);
    }

    /** For each point in turn, a work order per target issued and completed: W01–W04 for the first point, … */
    public static List<Object> allWorkDone(String... pointIds) {
        List<Object> steps = new ArrayList<>();
        int number = 0;
        for (String pointId : pointIds) {
            for (WorkTarget target : WorkTarget.values()) {
                steps.add(issue(pointId, target));
                steps.add(complete(workOrder(++number)));
            }
        }
        return steps;
    }

    public static RecordConstructionBlock block(String pointId) {
        return new RecordConstructionBlock(FORM, pointId, "业主拒绝进场施工", Department.CSSC, AT);
    }

    public static String blockId(int number) {
        return FORM + "-B" + number;
    }

    public static WriteBlockRecord writeRecord(String blockId, BlockDecision decision) {
        return new WriteBlockRecord(FORM, blockId, "待业主同意后继续施工", "P1 未开通", decision, "cssc-zhang",
                Department.CSSC, AT);
    }

    public static CoSignBlockRecord coSign(String blockId) {
        return new CoSignBlockRecord(FORM, blockId, "gcd-li", Department.GCD, AT);
    }

    public static ResumeConstruction resume(String blockId) {
        return new ResumeConstruction(FORM, blockId, "业主已同意", Department.CSSC, AT);
    }

    public static CompleteActivation completeActivation() {
        return new CompleteActivation(FORM, Department.CSSC, AT);
    }

    public static PassStatusChangeInfo passInfo(String... units) {
        return new PassStatusChangeInfo(FORM, List.of(units), "端口状态改为在用", Department.CSSC, AT);
    }

    public static ConfirmStatusChange confirm(String unit) {
        return new ConfirmStatusChange(FORM, unit, "", Department.RMU, AT);
    }

    public static ReplyDemand reply() {
        return new ReplyDemand(FORM, "专线已开通，测试正常", Department.CSSC, AT);
    }

    public static OrganiseAcceptance organise() {
        return new OrganiseAcceptance(FORM, "2027-05-20", List.of("客户 王芳", "客户经理 李明", "CSSC 张工"),
                List.of(new AcceptanceTest("带宽测试", true, "100 Mbit/s 上下行")), Department.GCD, AT);
    }

    public static SignAcceptance signAsCustomer() {
        return new SignAcceptance(FORM, "王芳", CUSTOMER.groupId(), Department.CUSTOMER, AT);
    }

    public static SignAcceptance signAsAccountManager() {
        return new SignAcceptance(FORM, "李明", null, Department.GCD, AT);
    }

    public static ArchiveAcceptance archive() {
        return new ArchiveAcceptance(FORM, Department.GCD, AT);
    }

    // --- a form 2 up to a stage ---

    public static List<Object> accepted(ConfirmedForm basis) {
        return steps(dispatch(basis), accept());
    }

    /** Accepted, every point prepared along its path. */
    public static List<Object> ready(ConfirmedForm basis) {
        List<Object> steps = accepted(basis);
        DemandPoints.of(basis.points()).forEach(point -> steps.addAll(prepare(point.point().pointId(), point.path())));
        return steps;
    }

    /** Ready, all work done and activation complete. */
    public static List<Object> activated(ConfirmedForm basis) {
        String[] pointIds = DemandPoints.of(basis.points()).stream().map(point -> point.point().pointId())
                .toArray(String[]::new);
        return steps(ready(basis), allWorkDone(pointIds), completeActivation());
    }

    /** Activated, status changed by {@link #RMU_ACCESS} and {@link #RMU_CORE}, replied. */
    public static List<Object> replied(ConfirmedForm basis) {
        return steps(activated(basis), passInfo(RMU_ACCESS, RMU_CORE), confirm(RMU_ACCESS), confirm(RMU_CORE),
                reply());
    }

    /** Given-steps: commands and lists of commands, flattened in order. */
    public static List<Object> steps(Object... commandsOrLists) {
        List<Object> steps = new ArrayList<>();
        for (Object step : commandsOrLists) {
            if (step instanceof List<?> list) {
                steps.addAll(list);
            } else {
                steps.add(step);
            }
        }
        return steps;
    }
}
