package cn.cmcc.ah.gca.events.decommission;

import cn.cmcc.ah.gca.events.presale.Segment;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * CSSC released one segment of a circuit's resources for a permanent stop (Art. 34: 组织端到端资源释放): core, access
 * backbone or last mile, each recorded. With the third segment the circuit is stopped ({@link CircuitStatusChanged}).
 *
 * @param formId     the form 5 (a permanent stop, or an adjustment stopping the old circuit)
 * @param circuitId  the circuit
 * @param segment    the segment released
 * @param note       what was released, as CSSC records it; may be empty
 * @param releasedAt when
 */
@Revision("1")
public record ResourceReleased(String formId, String circuitId, Segment segment, String note, Instant releasedAt) {
}
