package cn.cmcc.ah.gca.events.provisioning;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * CSSC gave completion feedback to GCD and the customer and replied to the form 2 (Art. 21: 竣工反馈，并回复…回复单),
 * after every RMU confirmed its status change.
 *
 * @param formId    the form 2
 * @param circuits  the circuit id of each access point
 * @param feedback  竣工反馈: the completion feedback
 * @param repliedAt when
 */
@Revision("1")
public record DemandReplied(String formId, List<CircuitAssignment> circuits, String feedback, Instant repliedAt) {
    public DemandReplied {
        circuits = List.copyOf(circuits);
    }
}
