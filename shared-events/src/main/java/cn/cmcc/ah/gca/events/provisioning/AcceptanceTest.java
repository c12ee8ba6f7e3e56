package cn.cmcc.ah.gca.events.provisioning;

/**
 * One test result on form 4 (Art. 23), e.g. bandwidth, latency, failover.
 *
 * @param item     测试项目, e.g. 带宽测试
 * @param passed   whether it passed
 * @param measured what was measured, as written on the form (e.g. {@code 100 Mbit/s 上下行}); may be empty
 */
public record AcceptanceTest(String item, boolean passed, String measured) {
}
