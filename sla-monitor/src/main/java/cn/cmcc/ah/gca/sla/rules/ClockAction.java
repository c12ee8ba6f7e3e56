package cn.cmcc.ah.gca.sla.rules;

import java.util.Locale;

/** What an event does to the clock of a rule and subject (sla-rules.md). */
public enum ClockAction {
    /** The rule's clock starts for the subject (once: a repeated start changes nothing). */
    START,
    /** The limit is computed again, from the same start, with this event's data (Art. 11–14: assessments arrive). */
    RECOMPUTE,
    /** The clock stops counting (e.g. the blocked-construction record of Art. 22 co-signed by GCD). */
    PAUSE,
    /** A paused clock counts again. */
    RESUME,
    /** The awaited step was taken: the clock stops, met or late. */
    STOP,
    /**
     * The step turned out not to be done (a customer rejects the repair): a stopped clock counts again, the time it
     * had used until its stop counting, and its next stop gives the verdict.
     */
    REOPEN,
    /**
     * The subject passed to another department (a fault ticket dispatched, escalated, handed back down or reopened at
     * another level): a running or paused clock is held by the department the event names from then on, its deadline
     * unchanged. Written {@code handOver} in the rules document.
     */
    HAND_OVER,
    /** The subject went away (e.g. the form was withdrawn, Art. 8): the clock ends without a verdict. */
    CANCEL;

    /** The action as the rules document names its trigger list: {@code start}, {@code handOver} … */
    public String documentName() {
        return this == HAND_OVER ? "handOver" : name().toLowerCase(Locale.ROOT);
    }
}
