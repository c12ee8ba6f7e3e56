package cn.cmcc.ah.gca.fault.command;

import cn.cmcc.ah.gca.events.CircuitStatus;
import cn.cmcc.ah.gca.events.CustomerRef;

/**
 * A circuit as fault-service knows it from provisioning's {@code CircuitActivated} and decommission's
 * {@code CircuitStatusChanged}: its customer with the service level that drives the restoration clock, and its status.
 */
public record CircuitOnRecord(String circuitId, CustomerRef customer, CircuitStatus status) {
}
