package cn.cmcc.ah.gca.events.decommission;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * CSSC restored a suspended circuit's last mile for a resume (decision, workflow-en.md Art. 32–37); the circuit is in
 * service again.
 *
 * @param formId     the form 5
 * @param circuitId  the circuit
 * @param note       CSSC's note; may be empty
 * @param restoredAt when
 */
@Revision("1")
public record LastMileRestored(String formId, String circuitId, String note, Instant restoredAt) {
}
