package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.presale.NetworkSolution;
import cn.cmcc.ah.gca.events.presale.ResourceRequest;
import cn.cmcc.ah.gca.events.provisioning.CircuitActivated;
import cn.cmcc.ah.gca.events.provisioning.CircuitAssignment;
import cn.cmcc.ah.gca.events.provisioning.DemandPoint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Art. 21: a form 2 is activated when every point is ready and its four kinds of work are completed; each point then
 * becomes a circuit with a new circuit id (业务编号), in the form's order, carrying the solution's lines of that point.
 */
final class ActivationRules {

    private ActivationRules() {
    }

    /** The circuit id of each point, drawn once every point is ready and its work done. */
    static List<CircuitAssignment> assignments(String formId, Map<String, PointProgress> points,
                                               Collection<WorkOrder> orders, FormNumbers numbers) {
        PointPreparation.requireAllReady(formId, points.values());
        WorkOrderRules.requireAllWorkDone(formId, points.keySet(), orders);
        List<CircuitAssignment> assignments = new ArrayList<>();
        points.keySet().forEach(pointId -> assignments.add(new CircuitAssignment(pointId, numbers.nextCircuitId())));
        return assignments;
    }

    /** What the new circuit of a point starts from. */
    static CircuitActivated activated(String formId, String confirmationFormId, ResourceRequest request,
                                      NetworkSolution solution, DemandPoint point, CircuitAssignment assignment,
                                      Instant at) {
        return new CircuitActivated(assignment.circuitId(), request.customer(), request.product(),
                request.bandwidthMbps(), point.point(),
                solution.lines().stream().filter(line -> line.pointId().equals(assignment.pointId())).toList(),
                formId, confirmationFormId, at);
    }
}
