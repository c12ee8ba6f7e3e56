package cn.cmcc.ah.gca.events.provisioning;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * CSSC passed the resource status change information to every RMU involved (Art. 21: 资源状态变更信息的传递). Stops
 * {@code provisioning.status-info}; one {@link StatusChangeRequested} per unit follows.
 *
 * @param formId   the form 2
 * @param units    the RMU unit codes it went to
 * @param details  the information passed (resources and their new status); may be empty
 * @param passedAt when
 */
@Revision("1")
public record StatusChangeInfoPassed(String formId, List<String> units, String details, Instant passedAt) {
    public StatusChangeInfoPassed {
        units = List.copyOf(units);
    }
}
