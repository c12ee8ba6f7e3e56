package cn.cmcc.ah.gca.events.decommission;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The adjustment's new line is in service (provisioning's {@code CircuitActivated} for the adjustment's form 1): the
 * old circuit's permanent stop starts on its own (Art. 36: 先开通…再对原有资源执行永久停闭流程), unless it was stopped
 * first (Art. 4).
 *
 * @param formId       the form 5
 * @param circuitId    the old circuit
 * @param newCircuitId the new line's circuit
 * @param demandFormId the new line's form 2
 * @param activatedAt  when provisioning activated it
 */
@Revision("1")
public record AdjustmentNewLineActivated(String formId, String circuitId, String newCircuitId, String demandFormId,
                                         Instant activatedAt) {
}
