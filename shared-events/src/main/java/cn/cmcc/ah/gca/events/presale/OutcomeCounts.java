package cn.cmcc.ah.gca.events.presale;

/**
 * How many access points of a form fall under each outcome so far: the input of the {@code presale.confirmation}
 * deadline (sla-rules.md, Art. 11–14), so the SLA monitor needs nothing but the events.
 * <p>
 * Each point of the form is counted exactly once: under its most severe segment outcome among the segments assessed
 * so far (severity as declared in {@link AssessmentOutcome}: AVAILABLE &lt; LAST_MILE_OPTIMIZABLE &lt;
 * CORE_INSUFFICIENT &lt; BUILD_REQUIRED), or under {@code notYetAssessed} while none of its segments is. The five
 * numbers add up to the number of points on the form. Consumers that want another reading find every segment's
 * outcome on the same events. The reading of sla-rules.md (a point counts under every outcome one of its segments
 * has) is {@link PointsPerOutcome}, on the same events from their revision 2.
 *
 * @param available           points whose worst outcome is AVAILABLE (Art. 11)
 * @param lastMileOptimizable points whose worst outcome is LAST_MILE_OPTIMIZABLE (Art. 13)
 * @param coreInsufficient    points whose worst outcome is CORE_INSUFFICIENT (Art. 12)
 * @param buildRequired       points whose worst outcome is BUILD_REQUIRED (Art. 14)
 * @param notYetAssessed      points with no segment assessed yet
 */
public record OutcomeCounts(int available, int lastMileOptimizable, int coreInsufficient, int buildRequired,
                            int notYetAssessed) {
}
