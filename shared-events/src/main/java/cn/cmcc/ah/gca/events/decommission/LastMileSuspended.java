package cn.cmcc.ah.gca.events.decommission;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * CSSC stopped a circuit's last mile for a suspension (Art. 34: 仅对末端资源进行停闭); the circuit is suspended.
 *
 * @param formId      the form 5
 * @param circuitId   the circuit
 * @param note        CSSC's note; may be empty
 * @param suspendedAt when
 */
@Revision("1")
public record LastMileSuspended(String formId, String circuitId, String note, Instant suspendedAt) {
}
