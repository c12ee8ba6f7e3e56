package cn.cmcc.ah.gca.sla.intake;

import cn.cmcc.ah.gca.sla.command.SlaClockCommands.RecordBreach;
import cn.cmcc.ah.gca.sla.command.SlaClockCommands.RecordWarning;
import cn.cmcc.ah.gca.sla.query.DeadlineSchedule;
import cn.cmcc.ah.gca.sla.query.ScheduleKeeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * Turns due warnings and deadlines into clock events, every {@code gca.sla.tick-interval} (1 s): a look at the head of
 * the schedule, never a scan. The commands are idempotent, so a repeat is harmless.
 */
@Component
class DeadlineTicker {

    private static final Logger log = LoggerFactory.getLogger(DeadlineTicker.class);

    private final ScheduleKeeper schedule;
    private final ClockCommands clocks;
    private final Clock clock;

    DeadlineTicker(ScheduleKeeper schedule, ClockCommands clocks, Clock clock) {
        this.schedule = schedule;
        this.clocks = clocks;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${gca.sla.tick-interval:PT1S}")
    void tick() {
        Instant now = clock.instant();
        for (DeadlineSchedule.Due due : schedule.takeDue(now)) {
            try {
                Object command = due.kind() == DeadlineSchedule.Kind.WARNING
                        ? new RecordWarning(due.clockId(), now)
                        : new RecordBreach(due.clockId(), now);
                clocks.send(command, due.clockId());
            } catch (RuntimeException e) {
                log.warn("Could not record {} of clock {}; will retry", due.kind(), due.clockId(), e);
                schedule.retry(due);
            }
        }
    }
}
