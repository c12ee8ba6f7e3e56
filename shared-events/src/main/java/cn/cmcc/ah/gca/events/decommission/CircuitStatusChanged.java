package cn.cmcc.ah.gca.events.decommission;

import cn.cmcc.ah.gca.events.CircuitStatus;
import cn.cmcc.ah.gca.events.MayBeAbsent;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A circuit's status changed by a form 5 (Art. 32–34): suspended, stopped, or in service again after a suspension.
 * Published so that every service's projection of circuits stays right: fault-service refuses tickets on a
 * suspended or stopped circuit. Keyed by the circuit id.
 *
 * @param circuitId the circuit (业务编号), as in provisioning's {@code CircuitActivated}
 * @param status    its new status
 * @param formId    the form 5 that changed it
 * @param reason    why, as the form gives it
 * @param changedAt when
 */
@Revision("1")
public record CircuitStatusChanged(
        String circuitId,
        CircuitStatus status,
        String formId,
        @MayBeAbsent String reason,
        Instant changedAt) {
}
