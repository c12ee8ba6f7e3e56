package cn.cmcc.ah.gca.events.provisioning;

/**
 * The circuit id (业务编号) given to an access point at activation (Art. 21).
 *
 * @param pointId   the access point
 * @param circuitId 业务编号, e.g. {@code CL-2026-000001}; the id of the {@code Circuit} aggregate
 */
public record CircuitAssignment(String pointId, String circuitId) {
}
