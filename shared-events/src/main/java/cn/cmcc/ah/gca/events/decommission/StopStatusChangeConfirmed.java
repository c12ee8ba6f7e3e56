package cn.cmcc.ah.gca.events.decommission;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A resource management unit confirmed it changed the released resources' status (Art. 34).
 *
 * @param formId      the form 5
 * @param unit        the unit
 * @param note        the unit's note; may be empty
 * @param confirmedAt when
 */
@Revision("1")
public record StopStatusChangeConfirmed(String formId, String unit, String note, Instant confirmedAt) {
}
