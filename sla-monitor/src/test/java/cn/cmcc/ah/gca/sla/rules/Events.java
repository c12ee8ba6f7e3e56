package cn.cmcc.ah.gca.sla.rules;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.events.fault.EscalationDirection;
import cn.cmcc.ah.gca.events.fault.FaultAccepted;
import cn.cmcc.ah.gca.events.fault.FaultDispatched;
import cn.cmcc.ah.gca.events.fault.FaultEscalated;
import cn.cmcc.ah.gca.events.fault.FaultReopened;
import cn.cmcc.ah.gca.events.fault.FaultRepaired;
import cn.cmcc.ah.gca.events.fault.FaultReported;
import cn.cmcc.ah.gca.events.fault.MaskedContact;
import cn.cmcc.ah.gca.events.fault.ReportChannel;
import cn.cmcc.ah.gca.events.presale.AccessPoint;
import cn.cmcc.ah.gca.events.presale.AdjustmentLink;
import cn.cmcc.ah.gca.events.presale.AssessmentOutcome;
import cn.cmcc.ah.gca.events.presale.ConfirmationFormReceived;
import cn.cmcc.ah.gca.events.presale.ConfirmationFormWithdrawn;
import cn.cmcc.ah.gca.events.presale.EngineeringAnswer;
import cn.cmcc.ah.gca.events.presale.EngineeringReplied;
import cn.cmcc.ah.gca.events.presale.NetworkSolution;
import cn.cmcc.ah.gca.events.presale.OutcomeCounts;
import cn.cmcc.ah.gca.events.presale.PointsPerOutcome;
import cn.cmcc.ah.gca.events.presale.PointCapability;
import cn.cmcc.ah.gca.events.presale.ProductRef;
import cn.cmcc.ah.gca.events.presale.ResourceConfirmed;
import cn.cmcc.ah.gca.events.presale.ResourceRequest;
import cn.cmcc.ah.gca.events.presale.Segment;
import cn.cmcc.ah.gca.events.presale.SegmentAssessed;
import cn.cmcc.ah.gca.events.presale.SegmentAssessment;
import cn.cmcc.ah.gca.events.presale.TemplateProductised;
import cn.cmcc.ah.gca.events.presale.TemplateRequested;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.time.Instant;
import java.util.List;

/**
 * Real event records of the services that emit them (shared-events), as the clock engine hands them to the rules:
 * {@code objectMapper.valueToTree(payload)} with the services' Jackson settings.
 */
final class Events {

    static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL).build();

    static final Instant T0 = Instant.parse("2026-03-02T01:12:37.482Z");
    static final CustomerRef CUSTOMER = new CustomerRef("5510001234", "合肥某某科技有限公司", ServiceLevel.AA);
    static final String FORM = "RC-2026-000123";
    static final String TICKET = "FT-2026-000123";
    static final String TEMPLATE = "TPL-2026-000001";

    private Events() {
    }

    static JsonNode tree(Object event) {
        return JSON.valueToTree(event);
    }

    static TemplateRequested templateRequested() {
        return new TemplateRequested(TEMPLATE, "IDL-5G", "5G 专网互联网专线", "分支机构高可靠接入", T0);
    }

    static TemplateProductised templateProductised() {
        return new TemplateProductised(TEMPLATE, "IDL-5G", "5G 专网互联网专线", 2, "5G 专网互联网专线解决方案模板",
                "模板正文", Department.GCD, T0, T0.plusSeconds(86_400));
    }

    static ConfirmationFormReceived formReceived() {
        return new ConfirmationFormReceived(FORM, CUSTOMER, 3, T0);
    }

    static ConfirmationFormWithdrawn formWithdrawn() {
        return new ConfirmationFormWithdrawn(FORM, "客户取消需求", T0.plusSeconds(3_600));
    }

    /**
     * A segment assessment as stored before {@code pointsPerOutcome} existed (revision 1, read upcast: the field
     * absent), with the form's counts by most severe outcome.
     */
    static SegmentAssessed segmentAssessed(AssessmentOutcome outcome, OutcomeCounts pointCounts) {
        return new SegmentAssessed(FORM, "P1", new SegmentAssessment(Segment.LAST_MILE, outcome, "", ""), false,
                pointCounts, null, T0.plusSeconds(7_200));
    }

    /** A segment assessment as presale publishes it now: with the points having at least one segment of each outcome. */
    static JsonNode withPointsPerOutcome(SegmentAssessed event, int available, int lastMileOptimizable,
                                         int coreInsufficient, int buildRequired, int notYetAssessed) {
        return tree(new SegmentAssessed(event.formId(), event.pointId(), event.assessment(), event.correction(),
                event.pointCounts(), new PointsPerOutcome(available, lastMileOptimizable, coreInsufficient,
                buildRequired, notYetAssessed), event.assessedAt()));
    }

    static OutcomeCounts counts(int available, int lastMileOptimizable, int coreInsufficient, int buildRequired,
                                int notYetAssessed) {
        return new OutcomeCounts(available, lastMileOptimizable, coreInsufficient, buildRequired, notYetAssessed);
    }

    static ResourceConfirmed resourceConfirmed() {
        ResourceRequest request = new ResourceRequest(CUSTOMER, new ProductRef("IDL", "互联网专线", ""), 100,
                "2026-04-01", "李四", "李四 13900000000", "", AdjustmentLink.none());
        PointCapability point = new PointCapability(new AccessPoint("P1", "合肥市蜀山区长江西路 100 号", "蜀山区"),
                AssessmentOutcome.AVAILABLE, true, "",
                List.of(new SegmentAssessment(Segment.LAST_MILE, AssessmentOutcome.AVAILABLE, "", "")),
                EngineeringAnswer.notReferred());
        return new ResourceConfirmed(FORM, request, List.of(point), new NetworkSolution("端到端方案", List.of()),
                counts(1, 0, 0, 0, 0), new PointsPerOutcome(1, 0, 0, 0, 0), T0, T0.plusSeconds(86_400));
    }

    static EngineeringReplied engineeringReplied(String plannedInServiceDate) {
        return new EngineeringReplied(FORM, "P1", new EngineeringAnswer(true, true, plannedInServiceDate, ""), 0,
                T0.plusSeconds(3_600));
    }

    static final String CIRCUIT = "AH-HF-ZX-000881";
    static final CustomerRef FAULT_CUSTOMER = new CustomerRef("5510001234", "合肥某某科技有限公司", ServiceLevel.AA);

    static FaultReported faultReported(ReportChannel channel, Department accepting, ServiceLevel level) {
        return new FaultReported(TICKET, CIRCUIT, new CustomerRef("5510001234", "合肥某某科技有限公司", level),
                channel, "专线中断", new MaskedContact("张*", "138****0000", "k1:c2VhbGVk"), accepting, accepting,
                List.of(), T0);
    }

    static FaultAccepted faultAccepted() {
        return new FaultAccepted(TICKET, CIRCUIT, FAULT_CUSTOMER, Department.MON, Department.MON,
                T0.plusSeconds(300));
    }

    static FaultDispatched faultDispatched() {
        return new FaultDispatched(TICKET, CIRCUIT, FAULT_CUSTOMER, Department.MON, null, Department.CSSC,
                T0.plusSeconds(600));
    }

    static FaultEscalated faultEscalated(Department from, Department to) {
        return new FaultEscalated(TICKET, CIRCUIT, FAULT_CUSTOMER, from, to, EscalationDirection.UP, "核心网故障",
                to, T0.plusSeconds(1_800));
    }

    static FaultRepaired faultRepaired(Department repairedBy, Instant repairedAt) {
        return new FaultRepaired(TICKET, CIRCUIT, FAULT_CUSTOMER, repairedBy, "光缆中断", "熔接光缆", Department.CSSC,
                repairedAt);
    }

    static FaultReopened faultReopened(Department holder, Instant reopenedAt) {
        return new FaultReopened(TICKET, CIRCUIT, FAULT_CUSTOMER, Department.CUSTOMER, "仍然中断", holder, reopenedAt);
    }
}
