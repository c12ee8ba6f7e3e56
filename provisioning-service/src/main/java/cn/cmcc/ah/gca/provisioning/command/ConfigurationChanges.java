package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.presale.AdjustmentLink;
import cn.cmcc.ah.gca.events.presale.AssessmentOutcome;
import cn.cmcc.ah.gca.events.presale.NetworkSolution;
import cn.cmcc.ah.gca.events.presale.ResourceRequest;
import cn.cmcc.ah.gca.events.presale.Segment;
import cn.cmcc.ah.gca.events.presale.SegmentAssessment;
import cn.cmcc.ah.gca.events.provisioning.ActivationCompleted;
import cn.cmcc.ah.gca.events.provisioning.CircuitActivated;
import cn.cmcc.ah.gca.events.provisioning.CircuitAssignment;
import cn.cmcc.ah.gca.events.provisioning.DemandDispatched;
import cn.cmcc.ah.gca.events.provisioning.DemandKind;
import cn.cmcc.ah.gca.events.provisioning.DemandPoint;
import cn.cmcc.ah.gca.events.provisioning.ProvisioningPath;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import static cn.cmcc.ah.gca.provisioning.command.Guards.orEmpty;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.CHANGE_ADJUSTMENT_FORM_INVALID;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.CHANGE_CUSTOMER_MISMATCH;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.CHANGE_UNKNOWN_CIRCUIT;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.CHANGE_WORK_MISSING;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.CHANGE_WORK_ORDER_OPEN;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.NO_STATUS_CHANGE_FOR_CONFIGURATION_CHANGE;

/**
 * Art. 37: a simple data-configuration change on the existing network solution (原有网络解决方案上的简单数据配置更改).
 * Its form 2 ({@link DemandKind#CONFIGURATION_CHANGE}) is opened on decommission-service's classification and numbered
 * after the form 5; it holds the circuit's one access point on its existing resources (path AVAILABLE: none of the
 * Art. 19–20 preparation), with the circuit's customer, product, bandwidth and solution lines as provisioning's store
 * has them. The device-owner unit's form 3 work orders carry the change; once one is completed and none is open CSSC
 * reports the change complete on the same circuit (no new circuit id); the resources keep their status, so there is
 * no RMU status change before the reply; the change acceptance on form 4 follows as for a new line (Art. 23).
 */
final class ConfigurationChanges {

    /** A form 5 number as decommission-service hands them out. */
    private static final String FORM_5_NUMBER = "SD-\\d{4}-\\d{6}";
    /** The assessment of each segment of a point in service: available, the circuit's own resources. */
    private static final String IN_SERVICE = "现网在用资源";

    private ConfigurationChanges() {
    }

    /** The configuration-change form 2 of a circuit provisioning activated, for the customer it belongs to. */
    static DemandDispatched opened(OpenConfigurationChange command) {
        String formId = command.formId();
        String adjustmentFormId = orEmpty(command.adjustmentFormId());
        if (!adjustmentFormId.matches(FORM_5_NUMBER) || !FormNumbers.changeFormIdFor(adjustmentFormId).equals(formId)) {
            throw CHANGE_ADJUSTMENT_FORM_INVALID.reject(formId, adjustmentFormId);
        }
        CircuitOnRecord circuit = command.circuit();
        if (circuit == null || !circuit.activation().circuitId().equals(command.circuitId())) {
            throw CHANGE_UNKNOWN_CIRCUIT.reject(formId, String.valueOf(command.circuitId()), adjustmentFormId);
        }
        CircuitActivated activated = circuit.activation();
        if (!activated.customer().groupId().equals(command.customerGroupId())) {
            throw CHANGE_CUSTOMER_MISMATCH.reject(formId, activated.circuitId(),
                    String.valueOf(command.customerGroupId()), activated.customer().groupId());
        }
        ResourceRequest original = circuit.activatedBy() == null ? null : circuit.activatedBy().request();
        ResourceRequest request = new ResourceRequest(activated.customer(), activated.product(),
                activated.bandwidthMbps(), Guards.dayOf(command.at()).toString(),
                original == null ? "" : original.accountManager(), original == null ? "" : original.contact(), "",
                AdjustmentLink.of(activated.circuitId(), adjustmentFormId));
        List<SegmentAssessment> segments = Arrays.stream(Segment.values())
                .map(segment -> new SegmentAssessment(segment, AssessmentOutcome.AVAILABLE, "", IN_SERVICE)).toList();
        DemandPoint point = new DemandPoint(activated.point(), ProvisioningPath.AVAILABLE, segments, "", "");
        String summary = circuit.activatedBy() == null ? "" : circuit.activatedBy().solution().summary();
        return new DemandDispatched(formId, DemandKind.CONFIGURATION_CHANGE, activated.confirmationFormId(), request,
                List.of(point), new NetworkSolution(summary, activated.segments()), orEmpty(command.note()),
                command.at());
    }

    /** The change complete (change-completion feedback): a work order completed, none open; the same circuit. */
    static ActivationCompleted completed(String formId, ResourceRequest request, Collection<String> pointIds,
                                         Collection<WorkOrder> orders, Instant at) {
        orders.stream().filter(order -> order.status() == WorkOrder.Status.OPEN).findFirst().ifPresent(order -> {
            throw CHANGE_WORK_ORDER_OPEN.reject(formId, order.workOrderId());
        });
        if (orders.stream().noneMatch(order -> order.status() == WorkOrder.Status.COMPLETED)) {
            throw CHANGE_WORK_MISSING.reject(formId);
        }
        String circuitId = request.adjustment().circuitId();
        List<CircuitAssignment> circuits = pointIds.stream()
                .map(pointId -> new CircuitAssignment(pointId, circuitId)).toList();
        return new ActivationCompleted(formId, DemandKind.CONFIGURATION_CHANGE, request.customer(), circuits, at);
    }

    /** Art. 21's resource status change is a new line's; a data-configuration change has none. */
    static void requireStatusChangeApplies(String formId, DemandKind kind) {
        if (kind == DemandKind.CONFIGURATION_CHANGE) {
            throw NO_STATUS_CHANGE_FOR_CONFIGURATION_CHANGE.reject(formId);
        }
    }
}
