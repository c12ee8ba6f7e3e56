package cn.cmcc.ah.gca.sla.query;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Decides which instance detects warnings and breaches: the one whose clock projection holds its segment, since
 * that projection keeps the in-memory schedule. An instance that takes the segment over (the other one stopped, or at
 * start-up) rebuilds the schedule from the open views first, so a deadline that passed meanwhile falls due at once
 * and is reported then (the clock records it once, whichever instance asks); an instance that loses it forgets its
 * schedule and its gauges go to 0, so two instances report each deadline once and their gauges add up.
 */
@Component
public class ScheduleKeeper {

    private static final Logger log = LoggerFactory.getLogger(ScheduleKeeper.class);

    private final DeadlineSchedule schedule;
    private final SlaQueries queries;
    private final SlaMetrics metrics;
    private final EventProcessingConfiguration processing;
    private volatile boolean owner;

    ScheduleKeeper(DeadlineSchedule schedule, SlaQueries queries, SlaMetrics metrics,
                   EventProcessingConfiguration processing) {
        this.schedule = schedule;
        this.queries = queries;
        this.metrics = metrics;
        this.processing = processing;
    }

    /** What is due now, if this instance keeps the schedule; empty otherwise. */
    public List<DeadlineSchedule.Due> takeDue(Instant now) {
        boolean owns = holdsProjection();
        if (owns && !owner) {
            rebuild();
        } else if (!owns && owner) {
            log.info("The clock projection moved to another instance; this one stops detecting deadlines");
            schedule.clear();
        }
        owner = owns;
        return owns ? schedule.takeDue(now) : List.of();
    }

    /** Whether this instance detects deadlines now. */
    public boolean keeps() {
        return owner;
    }

    public void retry(DeadlineSchedule.Due due) {
        schedule.retry(due);
    }

    private boolean holdsProjection() {
        Optional<TrackingEventProcessor> processor = processing.eventProcessor(SlaClockProjection.GROUP,
                TrackingEventProcessor.class);
        return processor.map(p -> p.isRunning() && !p.processingStatus().isEmpty()).orElse(false);
    }

    private void rebuild() {
        // streamed in batches: 10^5 open views are more than one reply of the embedded store may carry
        queries.forEachOpen(view -> {
            SlaQueries.schedule(schedule, view);
            metrics.gauges(SlaQueries.key(view));
        });
        log.info("This instance detects deadlines now: {} open clocks, {} due points scheduled",
                schedule.openClocks(), schedule.scheduled());
    }
}
