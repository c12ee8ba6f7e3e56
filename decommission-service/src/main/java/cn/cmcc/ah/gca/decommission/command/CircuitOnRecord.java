package cn.cmcc.ah.gca.decommission.command;

import cn.cmcc.ah.gca.events.CustomerRef;

/**
 * A circuit as decommission-service knows it from provisioning's {@code CircuitActivated} (Art. 21): what a form 5
 * is decided on besides the circuit's own status ({@link CircuitLine}).
 */
public record CircuitOnRecord(String circuitId, CustomerRef customer) {
}
