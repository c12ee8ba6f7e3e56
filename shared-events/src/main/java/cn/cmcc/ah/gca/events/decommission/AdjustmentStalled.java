package cn.cmcc.ah.gca.events.decommission;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * An adjustment has waited longer than configured for another service's step ({@code gca.decommission.adjustment.
 * stall-after}); raised once per wait, for the people who chase it.
 *
 * @param formId       the form 5
 * @param waitingFor   what it waits for
 * @param waitingSince since when
 * @param stalledAt    when the wait went past its limit
 */
@Revision("1")
public record AdjustmentStalled(String formId, AdjustmentWait waitingFor, Instant waitingSince, Instant stalledAt) {
}
