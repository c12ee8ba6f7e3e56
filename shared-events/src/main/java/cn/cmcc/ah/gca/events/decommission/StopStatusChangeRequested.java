package cn.cmcc.ah.gca.events.decommission;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * Every resource of the form's circuits released, CSSC asked the resource management units to change their status in
 * the integrated resource management system (Art. 34: 组织资源管理系统中的资源状态的变更).
 *
 * @param formId      the form 5
 * @param units       the resource management units involved, by code (configured)
 * @param requestedAt when
 */
@Revision("1")
public record StopStatusChangeRequested(String formId, List<String> units, Instant requestedAt) {

    public StopStatusChangeRequested {
        units = List.copyOf(units);
    }
}
