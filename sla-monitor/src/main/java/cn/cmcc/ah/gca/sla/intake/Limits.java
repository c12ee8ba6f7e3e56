package cn.cmcc.ah.gca.sla.intake;

import cn.cmcc.ah.gca.sla.command.LimitSpec;
import cn.cmcc.ah.gca.sla.rules.Limit;

/** A rule's limit as a clock holds it. */
final class Limits {

    private Limits() {
    }

    static LimitSpec of(Limit limit) {
        if (limit instanceof Limit.WorkingDays days) {
            return LimitSpec.workingDays(days.days());
        }
        if (limit instanceof Limit.ClockTime time) {
            return LimitSpec.clockTime(time.duration());
        }
        if (limit instanceof Limit.UntilDate date) {
            return LimitSpec.until(date.date());
        }
        throw new IllegalArgumentException("Unknown limit " + limit);
    }
}
