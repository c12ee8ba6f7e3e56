package cn.cmcc.ah.gca.events.decommission;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The form 5 holding the circuit is completed, withdrawn or ended: the circuit may be named by a new one.
 *
 * @param circuitId the circuit
 * @param formId    the form 5
 * @param closedAt  when
 */
@Revision("1")
public record CircuitFormClosed(String circuitId, String formId, Instant closedAt) {
}
