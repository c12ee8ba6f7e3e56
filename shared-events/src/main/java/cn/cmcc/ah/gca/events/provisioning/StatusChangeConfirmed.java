package cn.cmcc.ah.gca.events.provisioning;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * An RMU changed the resource status in the resource management system (Art. 21: 各资源管理单位应1个工作日内完成资源状态变更).
 * Stops its {@code provisioning.status-change} clock.
 *
 * @param formId      the form 2
 * @param unit        the RMU unit code
 * @param changeId    {@code <formId>.<unit>}
 * @param note        may be empty
 * @param confirmedAt when
 */
@Revision("1")
public record StatusChangeConfirmed(String formId, String unit, String changeId, String note, Instant confirmedAt) {
}
