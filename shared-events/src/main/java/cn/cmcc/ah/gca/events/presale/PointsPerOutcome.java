package cn.cmcc.ah.gca.events.presale;

/**
 * How many access points of a form have at least one segment of each outcome so far: the input of the
 * {@code presale.confirmation} deadline as sla-rules.md reads Art. 11–14 ("a point counts under every outcome one of
 * its segments has").
 * <p>
 * Unlike {@link OutcomeCounts}, a point counts under <b>every</b> outcome found on one of its segments, as currently
 * assessed (a correction replaces the segment's earlier assessment), so the numbers may add up to more than the
 * points on the form. A point with core CORE_INSUFFICIENT and last mile LAST_MILE_OPTIMIZABLE counts under both:
 * with a second point whose last mile is LAST_MILE_OPTIMIZABLE, {@code lastMileOptimizable} is 2 (5 working days,
 * Art. 13) where {@link OutcomeCounts} has 1.
 *
 * @param available           points with at least one segment AVAILABLE (Art. 11)
 * @param lastMileOptimizable points with at least one segment LAST_MILE_OPTIMIZABLE (Art. 13)
 * @param coreInsufficient    points with at least one segment CORE_INSUFFICIENT (Art. 12)
 * @param buildRequired       points with at least one segment BUILD_REQUIRED (Art. 14)
 * @param notYetAssessed      points with no segment assessed yet
 */
public record PointsPerOutcome(int available, int lastMileOptimizable, int coreInsufficient, int buildRequired,
                               int notYetAssessed) {
}
