package cn.cmcc.ah.gca.events.presale;

/**
 * One line of the end-to-end network solution (端到端网络解决方案, Art. 15): how one segment of one access point is
 * built.
 *
 * @param pointId       the access point
 * @param segment       the segment
 * @param route         路由, e.g. 合肥蜀山核心 CR01 → 汇聚 AG03
 * @param equipmentPort 设备及端口, e.g. OLT-SS-015 PON 1/2/7
 * @param bandwidthMbps bandwidth provided on this segment, Mbit/s
 */
public record NetworkSolutionLine(String pointId, Segment segment, String route, String equipmentPort,
                                  int bandwidthMbps) {
}
