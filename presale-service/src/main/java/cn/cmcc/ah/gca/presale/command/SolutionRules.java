package cn.cmcc.ah.gca.presale.command;

import cn.cmcc.ah.gca.events.presale.NetworkSolution;
import cn.cmcc.ah.gca.events.presale.NetworkSolutionLine;
import cn.cmcc.ah.gca.events.presale.PointCapability;
import cn.cmcc.ah.gca.events.presale.Segment;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.cmcc.ah.gca.presale.command.Guards.isBlank;

/** Art. 15: the end-to-end network solution of a reply covers every segment of every point that can be provided. */
final class SolutionRules {

    private SolutionRules() {
    }

    static NetworkSolution solution(String summary, List<NetworkSolutionLine> given, Set<String> pointIds,
                                    List<PointCapability> capabilities) {
        if (isBlank(summary)) {
            throw PresaleRejection.FORM_SOLUTION_SUMMARY_REQUIRED.reject();
        }
        List<NetworkSolutionLine> lines = given == null ? List.of() : given;
        Map<String, Set<Segment>> covered = new LinkedHashMap<>();
        for (NetworkSolutionLine line : lines) {
            if (line == null || line.segment() == null || isBlank(line.route()) || isBlank(line.equipmentPort())) {
                throw PresaleRejection.FORM_SOLUTION_LINE_INCOMPLETE.reject(line == null ? "" : line.pointId());
            }
            if (!pointIds.contains(line.pointId())) {
                throw PresaleRejection.FORM_SOLUTION_UNKNOWN_POINT.reject(String.valueOf(line.pointId()));
            }
            DispatchRules.requirePositiveBandwidth(line.bandwidthMbps());
            if (!covered.computeIfAbsent(line.pointId(), p -> EnumSet.noneOf(Segment.class)).add(line.segment())) {
                throw PresaleRejection.FORM_SOLUTION_DUPLICATE_LINE.reject(line.pointId(), line.segment().name(),
                        line.segment().label());
            }
        }
        for (PointCapability capability : capabilities) {
            if (!capability.provisionable()) {
                continue;
            }
            String pointId = capability.point().pointId();
            for (Segment segment : Segment.values()) {
                if (!covered.getOrDefault(pointId, Set.of()).contains(segment)) {
                    throw PresaleRejection.FORM_SOLUTION_INCOMPLETE.reject(pointId, segment.name(), segment.label());
                }
            }
        }
        return new NetworkSolution(summary.strip(), lines);
    }
}
