package cn.cmcc.ah.gca.sla.rules;

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
    /** The subject went away (e.g. the form was withdrawn, Art. 8): the clock ends without a verdict. */
    CANCEL
}
