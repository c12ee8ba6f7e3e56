package cn.cmcc.ah.gca.fault.query;

import cn.cmcc.ah.gca.events.CircuitStatus;

import java.time.Instant;

/**
 * The latest status change of a circuit by a form 5 (Art. 32–34), from decommission's {@code CircuitStatusChanged}.
 * Kept apart from the activation: the two come from different services' aggregates, whose sequences cannot be compared,
 * and on different topics, so either may arrive first.
 */
public class CircuitStatusView {

    public String circuitId;
    public CircuitStatus status;
    public String formId = "";
    public String reason = "";
    public Instant changedAt;
}
