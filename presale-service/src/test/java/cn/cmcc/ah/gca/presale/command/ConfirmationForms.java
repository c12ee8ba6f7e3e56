package cn.cmcc.ah.gca.presale.command;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.presale.AccessPoint;
import cn.cmcc.ah.gca.events.presale.AdjustmentLink;
import cn.cmcc.ah.gca.events.presale.AssessmentOutcome;
import cn.cmcc.ah.gca.events.presale.ConfirmationFormDispatched;
import cn.cmcc.ah.gca.events.presale.ConfirmationFormReceived;
import cn.cmcc.ah.gca.events.presale.EngineeringAnswer;
import cn.cmcc.ah.gca.events.presale.NegotiationOutcome;
import cn.cmcc.ah.gca.events.presale.NetworkSolution;
import cn.cmcc.ah.gca.events.presale.NetworkSolutionLine;
import cn.cmcc.ah.gca.events.presale.OutcomeCounts;
import cn.cmcc.ah.gca.events.presale.PointsPerOutcome;
import cn.cmcc.ah.gca.events.presale.PointCapability;
import cn.cmcc.ah.gca.events.presale.ProductRef;
import cn.cmcc.ah.gca.events.presale.ResourceRequest;
import cn.cmcc.ah.gca.events.presale.Segment;
import cn.cmcc.ah.gca.events.presale.SegmentAssessed;
import cn.cmcc.ah.gca.events.presale.SegmentAssessment;
import cn.cmcc.ah.gca.presale.command.DispatchConfirmationForm.RequestedAccessPoint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static cn.cmcc.ah.gca.events.presale.AssessmentOutcome.AVAILABLE;
import static cn.cmcc.ah.gca.events.presale.AssessmentOutcome.LAST_MILE_OPTIMIZABLE;
import static cn.cmcc.ah.gca.events.presale.Segment.LAST_MILE;
import static cn.cmcc.ah.gca.presale.command.PresaleTestData.ASSESSED_AT;
import static cn.cmcc.ah.gca.presale.command.PresaleTestData.CONFIRMED_AT;
import static cn.cmcc.ah.gca.presale.command.PresaleTestData.CUSTOMER;
import static cn.cmcc.ah.gca.presale.command.PresaleTestData.DISPATCHED_AT;
import static cn.cmcc.ah.gca.presale.command.PresaleTestData.ENG_REPLIED_AT;
import static cn.cmcc.ah.gca.presale.command.PresaleTestData.NEGOTIATED_AT;
import static cn.cmcc.ah.gca.presale.command.PresaleTestData.RECEIVED_AT;
import static cn.cmcc.ah.gca.presale.command.PresaleTestData.TODAY;
import static cn.cmcc.ah.gca.presale.command.PresaleTestData.WITHDRAWN_AT;

/** Form 1 commands and the events they should produce, built from a few defaults (test data mother). */
final class ConfirmationForms {

    static final String FORM = "RC-2026-000123";
    static final String NEXT_FORM = "RC-2026-000124";

    static final RequestedAccessPoint SHUSHAN =
            new RequestedAccessPoint("合肥市蜀山区长江西路689号金座大厦12层", "蜀山区");
    static final RequestedAccessPoint BAOHE =
            new RequestedAccessPoint("合肥市包河区徽州大道1号某某产业园3号楼", "包河区");
    static final RequestedAccessPoint YAOHAI =
            new RequestedAccessPoint("合肥市瑶海区长江东大街1号某某物流园", "瑶海区");

    static final AccessPoint P1 = new AccessPoint("P1", SHUSHAN.address(), SHUSHAN.district());
    static final AccessPoint P2 = new AccessPoint("P2", BAOHE.address(), BAOHE.district());

    static final LocalDate READY_DATE = LocalDate.of(2026, 3, 20);
    static final LocalDate PLANNED_IN_SERVICE = LocalDate.of(2026, 4, 30);

    private ConfirmationForms() {
    }

    // --- dispatch (Art. 8) ---

    static Dispatch aForm() {
        return new Dispatch();
    }

    /** A form 1 as GCD fills it in; by default a mature 100M internet line to two Hefei sites. */
    static final class Dispatch {
        private CustomerRef customer = CUSTOMER;
        private String productCode = "DIA";
        private String productName = "互联网专线";
        private boolean productMature = true;
        private String templateId;
        private int bandwidthMbps = 100;
        private LocalDate requestedDate = LocalDate.of(2026, 4, 15);
        private List<RequestedAccessPoint> points = List.of(SHUSHAN, BAOHE);
        private String circuitId;
        private String adjustmentId;
        private String renegotiationOf;
        private Department by = Department.GCD;

        Dispatch withPoints(RequestedAccessPoint... requested) {
            points = Arrays.asList(requested);
            return this;
        }

        Dispatch forCustomer(CustomerRef theCustomer) {
            customer = theCustomer;
            return this;
        }

        Dispatch ofNonMatureProduct(String code, String name, String template) {
            productCode = code;
            productName = name;
            productMature = false;
            templateId = template;
            return this;
        }

        Dispatch withBandwidth(int mbps) {
            bandwidthMbps = mbps;
            return this;
        }

        Dispatch requestedFor(LocalDate date) {
            requestedDate = date;
            return this;
        }

        Dispatch adjusting(String circuit, String adjustment) {
            circuitId = circuit;
            adjustmentId = adjustment;
            return this;
        }

        Dispatch renegotiating(String earlierForm) {
            renegotiationOf = earlierForm;
            return this;
        }

        Dispatch by(Department department) {
            by = department;
            return this;
        }

        DispatchConfirmationForm command() {
            return new DispatchConfirmationForm(FORM, customer, productCode, productName, productMature, templateId,
                    bandwidthMbps, requestedDate, "李明 13905510123", "王芳 0551-65123456", null, points,
                    circuitId, adjustmentId, renegotiationOf, by, TODAY, DISPATCHED_AT);
        }

        ConfirmationFormDispatched event() {
            List<AccessPoint> numbered = new ArrayList<>();
            for (RequestedAccessPoint point : points) {
                numbered.add(new AccessPoint("P" + (numbered.size() + 1), point.address(), point.district()));
            }
            return new ConfirmationFormDispatched(FORM, request(), numbered,
                    renegotiationOf == null ? "" : renegotiationOf, DISPATCHED_AT);
        }

        ResourceRequest request() {
            return new ResourceRequest(customer,
                    new ProductRef(productCode, productName, templateId == null ? "" : templateId),
                    bandwidthMbps, requestedDate.toString(), "李明 13905510123", "王芳 0551-65123456", "",
                    circuitId == null ? AdjustmentLink.none() : AdjustmentLink.of(circuitId, adjustmentId));
        }
    }

    static ResourceRequest defaultRequest() {
        return aForm().request();
    }

    // --- receipt (Art. 11–14 clock) ---

    static ReceiveConfirmationForm receive() {
        return new ReceiveConfirmationForm(FORM, Department.CSSC, RECEIVED_AT);
    }

    static ConfirmationFormReceived received(int accessPoints) {
        return new ConfirmationFormReceived(FORM, CUSTOMER, accessPoints, RECEIVED_AT);
    }

    // --- assessment (Art. 10–14) ---

    static AssessSegment assess(String pointId, Segment segment, AssessmentOutcome outcome) {
        return new AssessSegment(FORM, pointId, segment, outcome, null, null, Department.CSSC, TODAY, ASSESSED_AT);
    }

    static AssessSegment optimisableLastMile(String pointId, LocalDate readyDate) {
        return new AssessSegment(FORM, pointId, LAST_MILE, LAST_MILE_OPTIMIZABLE, readyDate, null, Department.CSSC,
                TODAY, ASSESSED_AT);
    }

    /** Core, access backbone and last mile, each with that outcome. */
    static List<AssessSegment> assessAll(String pointId, AssessmentOutcome core, AssessmentOutcome backbone,
                                         AssessmentOutcome lastMile) {
        return List.of(assess(pointId, Segment.CORE, core), assess(pointId, Segment.ACCESS_BACKBONE, backbone),
                assess(pointId, LAST_MILE, lastMile));
    }

    static List<AssessSegment> allAvailable(String pointId) {
        return assessAll(pointId, AVAILABLE, AVAILABLE, AVAILABLE);
    }

    static SegmentAssessment found(Segment segment, AssessmentOutcome outcome) {
        return new SegmentAssessment(segment, outcome, "", "");
    }

    static SegmentAssessment optimisable(LocalDate readyDate) {
        return new SegmentAssessment(LAST_MILE, LAST_MILE_OPTIMIZABLE, readyDate.toString(), "");
    }

    /**
     * For a form where no point has two different outcomes among its segments so far: then a point's most severe
     * outcome is its only one, and the points per outcome are the counts.
     */
    static SegmentAssessed assessed(String pointId, SegmentAssessment assessment, boolean correction,
                                    OutcomeCounts counts) {
        return assessed(pointId, assessment, correction, counts, perOutcome(counts.available(),
                counts.lastMileOptimizable(), counts.coreInsufficient(), counts.buildRequired(), counts.notYetAssessed()));
    }

    static SegmentAssessed assessed(String pointId, SegmentAssessment assessment, boolean correction,
                                    OutcomeCounts counts, PointsPerOutcome perOutcome) {
        return new SegmentAssessed(FORM, pointId, assessment, correction, counts, perOutcome, ASSESSED_AT);
    }

    /** Points per outcome, in the order of {@link OutcomeCounts}. */
    static OutcomeCounts counts(int available, int lastMileOptimizable, int coreInsufficient, int buildRequired,
                                int notYetAssessed) {
        return new OutcomeCounts(available, lastMileOptimizable, coreInsufficient, buildRequired, notYetAssessed);
    }

    /** Points with at least one segment of each outcome (sla-rules.md), in the order of {@link PointsPerOutcome}. */
    static PointsPerOutcome perOutcome(int available, int lastMileOptimizable, int coreInsufficient,
                                       int buildRequired, int notYetAssessed) {
        return new PointsPerOutcome(available, lastMileOptimizable, coreInsufficient, buildRequired, notYetAssessed);
    }

    // --- engineering (Art. 12, 14) ---

    static ReplyFromEngineering engineeringApproves(String pointId, LocalDate plannedInService) {
        return new ReplyFromEngineering(FORM, pointId, true, plannedInService, "已纳入2026年第二批集客接入工程",
                Department.ENG, TODAY, ENG_REPLIED_AT);
    }

    static ReplyFromEngineering engineeringDeclines(String pointId) {
        return new ReplyFromEngineering(FORM, pointId, false, null, "该址不在规划区内，暂不立项", Department.ENG, TODAY,
                ENG_REPLIED_AT);
    }

    static EngineeringAnswer approved(LocalDate plannedInService) {
        return new EngineeringAnswer(true, true, plannedInService.toString(), "已纳入2026年第二批集客接入工程");
    }

    static EngineeringAnswer declined() {
        return new EngineeringAnswer(true, false, "", "该址不在规划区内，暂不立项");
    }

    // --- reply (Art. 15) ---

    static ReplyWithResourceConfirmation replyCovering(String... pointIds) {
        return new ReplyWithResourceConfirmation(FORM, "两址经汇聚环接入核心，核心间经城域网互联", linesFor(pointIds),
                Department.CSSC, CONFIRMED_AT);
    }

    static ReplyWithResourceConfirmation replyWithLines(List<NetworkSolutionLine> lines) {
        return new ReplyWithResourceConfirmation(FORM, "两址经汇聚环接入核心，核心间经城域网互联", lines,
                Department.CSSC, CONFIRMED_AT);
    }

    /** One line for every segment of each point. */
    static List<NetworkSolutionLine> linesFor(String... pointIds) {
        List<NetworkSolutionLine> lines = new ArrayList<>();
        for (String pointId : pointIds) {
            for (Segment segment : Segment.values()) {
                lines.add(line(pointId, segment));
            }
        }
        return lines;
    }

    static NetworkSolutionLine line(String pointId, Segment segment) {
        return new NetworkSolutionLine(pointId, segment, "合肥城域网 " + pointId + " " + segment.label() + "路由",
                "设备 " + pointId + "-" + segment.ordinal() + " GE 1/0/1", 100);
    }

    static NetworkSolution solutionCovering(String... pointIds) {
        return new NetworkSolution("两址经汇聚环接入核心，核心间经城域网互联", linesFor(pointIds));
    }

    static PointCapability capability(AccessPoint point, AssessmentOutcome outcome, boolean provisionable,
                                      String readyBy, EngineeringAnswer engineering, SegmentAssessment... segments) {
        return new PointCapability(point, outcome, provisionable, readyBy, List.of(segments), engineering);
    }

    static PointCapability allAvailableCapability(AccessPoint point) {
        return capability(point, AVAILABLE, true, "", EngineeringAnswer.notReferred(),
                found(Segment.CORE, AVAILABLE), found(Segment.ACCESS_BACKBONE, AVAILABLE), found(LAST_MILE, AVAILABLE));
    }

    // --- negotiation (Art. 16) and withdrawal ---

    static RecordNegotiationOutcome negotiated(NegotiationOutcome outcome) {
        return new RecordNegotiationOutcome(FORM, outcome, "客户接受分期开通", Department.GCD, NEGOTIATED_AT);
    }

    static WithdrawConfirmationForm withdraw(String reason) {
        return new WithdrawConfirmationForm(FORM, reason, Department.GCD, WITHDRAWN_AT);
    }

    /** Given-steps: commands and lists of commands, flattened in order. */
    static List<Object> steps(Object... commandsOrLists) {
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
