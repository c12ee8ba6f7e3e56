package cn.cmcc.ah.gca.events.provisioning;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * GCD archived the signed form 4 (Art. 23: 对项目验收单进行归档). The form 2 is closed.
 *
 * @param formId        the form 2
 * @param archiveNumber 归档号, e.g. {@code AA-2026-000001}
 * @param archivedAt    when
 */
@Revision("1")
public record AcceptanceArchived(String formId, String archiveNumber, Instant archivedAt) {
}
