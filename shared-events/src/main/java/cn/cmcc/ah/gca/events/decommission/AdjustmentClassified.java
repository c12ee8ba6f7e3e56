package cn.cmcc.ah.gca.events.decommission;

import cn.cmcc.ah.gca.events.CustomerRef;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * CSSC accepted an adjustment and classified it (Art. 36, 37). CONFIGURATION_ONLY: provisioning-service opens a
 * configuration-change form 2 on this event (Art. 37). RE_ALLOCATION: the new line runs pre-sale and in-sale on the
 * form 1; with {@code stopFirst} the old circuit's permanent stop begins at once (Art. 4), else when the new line is
 * activated (Art. 32, 36).
 *
 * @param formId         the form 5
 * @param circuitId      the circuit adjusted
 * @param customer       its group customer
 * @param classification how the adjustment is carried out
 * @param stopFirst      as GCD asked (meaningful for RE_ALLOCATION)
 * @param note           CSSC's note; may be empty
 * @param classifiedAt   when
 */
@Revision("1")
public record AdjustmentClassified(String formId, String circuitId, CustomerRef customer,
                                   AdjustmentClassification classification, boolean stopFirst, String note,
                                   Instant classifiedAt) {
}
