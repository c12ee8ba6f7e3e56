package cn.cmcc.ah.gca.events.decommission;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A form 5 now holds the circuit (Art. 33, 35): no other form 5 may name it until this one is closed. An event of the
 * circuit (keyed by its id), stored in the same append as the form's dispatch.
 *
 * @param circuitId   the circuit
 * @param formId      the form 5
 * @param requestType what the form asks for
 * @param openedAt    when
 */
@Revision("1")
public record CircuitFormOpened(String circuitId, String formId, StopRequestType requestType, Instant openedAt) {
}
