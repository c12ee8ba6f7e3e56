package cn.cmcc.ah.gca.events.presale;

import cn.cmcc.ah.gca.events.CustomerRef;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * CSSC received the form 1 (Art. 11–14: 从收到…之日起). Starts the {@code presale.confirmation} clock; until the
 * first {@link SegmentAssessed} its limit is the 2 working days of Art. 11.
 *
 * @param formId           the form
 * @param customer         the group customer, with the service level
 * @param accessPointCount number of access points on the form
 * @param receivedAt       when; the start of the Art. 11–14 limits
 */
@Revision("1")
public record ConfirmationFormReceived(String formId, CustomerRef customer, int accessPointCount,
                                       Instant receivedAt) {
}
