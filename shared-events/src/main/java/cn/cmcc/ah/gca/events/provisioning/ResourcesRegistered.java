package cn.cmcc.ah.gca.events.provisioning;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A resource management unit registered the new resources of an access point in the integrated resource management
 * system (综合资源管理系统): after an ENG build went into service (Art. 19), or after CSSC's last-mile project (Art. 20).
 *
 * @param formId       the form 2
 * @param pointId      the access point
 * @param unit         the RMU's unit code (configured list, e.g. {@code RMU-ACCESS})
 * @param resources    what was registered (resource names or ids, as entered)
 * @param registeredAt when
 */
@Revision("1")
public record ResourcesRegistered(String formId, String pointId, String unit, String resources, Instant registeredAt) {
}
