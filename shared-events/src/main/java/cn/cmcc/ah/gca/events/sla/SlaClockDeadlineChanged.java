package cn.cmcc.ah.gca.events.sla;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.MayBeAbsent;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A running (or paused) clock got a new deadline: an assessment changed its limit (Art. 11–14), the calendar or the
 * rule book changed (Art. 5), or it resumed after a pause. Old and new are both given. A cancelled clock never
 * changes, nor does a stopped one unless its rule reopens it (a customer rejects a fault repair): then this event with
 * reason {@link Reason#RESUMED} follows its {@link SlaClockStopped}, takes that verdict back and runs the clock again,
 * and a later {@link SlaClockStopped} gives the verdict that stands — so a reopenable clock may stop more than once.
 *
 * @param reason          why
 * @param limit           the limit now, e.g. {@code 5 WD}
 * @param oldWarnAt       the warning instant before; absent when the clock had already warned
 * @param oldDeadline     the deadline before
 * @param warnAt          the warning instant now; absent when the clock has already warned
 * @param deadline        the deadline now
 * @param provisional     true when the new deadline rests on the Monday–Friday fallback
 * @param ruleVersion     the rule book version it was computed with
 * @param calendarVersion the calendar version it was computed with; 0 for a rule in clock time
 * @param changedAt       when
 */
@Revision("1")
public record SlaClockDeadlineChanged(String clockId, String ruleId, String subjectId,
                                      Department responsibleDepartment, Reason reason, String limit,
                                      @MayBeAbsent Instant oldWarnAt, Instant oldDeadline,
                                      @MayBeAbsent Instant warnAt, Instant deadline, boolean provisional,
                                      long ruleVersion, long calendarVersion, Instant changedAt) {

    /** Why a deadline moved. */
    public enum Reason {
        /** An assessment of the subject changed the limit (e.g. Art. 13–14 point counts). */
        ASSESSMENT,
        /** A year of the working-day calendar was loaded or replaced. */
        CALENDAR_CHANGED,
        /** The rule book changed (Art. 5). */
        RULES_CHANGED,
        /**
         * The clock resumed after a pause, or after its stop when its rule reopened it; the time paused or stopped
         * does not count.
         */
        RESUMED
    }
}
