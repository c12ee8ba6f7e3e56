package cn.cmcc.ah.gca.events.presale;

import java.util.List;

/**
 * The end-to-end network solution CSSC replies with the capability (Art. 15).
 *
 * @param summary free text: the solution as CSSC describes it
 * @param lines   the structured part: every segment of every provisionable point, and any other line CSSC gives
 */
public record NetworkSolution(String summary, List<NetworkSolutionLine> lines) {

    public NetworkSolution {
        lines = List.copyOf(lines);
    }
}
