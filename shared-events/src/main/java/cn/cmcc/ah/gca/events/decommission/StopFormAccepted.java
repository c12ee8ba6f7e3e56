package cn.cmcc.ah.gca.events.decommission;

import cn.cmcc.ah.gca.events.CustomerRef;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * CSSC accepted a form 5 for a permanent stop, a suspension or a resume (Art. 34: 客户服务支撑中心受理停闭需求单).
 * An adjustment is accepted by {@link AdjustmentClassified}.
 *
 * @param formId      the form 5
 * @param requestType PERMANENT_STOP, SUSPENSION or RESUME
 * @param customer    the group customer
 * @param circuitIds  the circuits
 * @param note        CSSC's note; may be empty
 * @param acceptedAt  when
 */
@Revision("1")
public record StopFormAccepted(String formId, StopRequestType requestType, CustomerRef customer,
                               List<String> circuitIds, String note, Instant acceptedAt) {

    public StopFormAccepted {
        circuitIds = List.copyOf(circuitIds);
    }
}
