package cn.cmcc.ah.gca.sla.report;

/**
 * Where a clock stands in the compliance report (sla-rules.md):
 * <ul>
 * <li>{@code OPEN}: running or paused, deadline not yet passed;</li>
 * <li>{@code OVERDUE}: breached and still running — already late (counted in {@code late} and shown apart);</li>
 * <li>{@code MET}: stopped at or before its deadline;</li>
 * <li>{@code LATE}: stopped after its deadline;</li>
 * <li>{@code CANCELLED}: its subject went away (e.g. the form was withdrawn): no verdict, also after a breach.</li>
 * </ul>
 * MET, LATE and CANCELLED are final: a closed verdict stays as it was — except that a reopening (a customer rejects
 * the repair) takes a MET or LATE back: the clock is OPEN again, or OVERDUE if it had stopped late, until its next
 * stop.
 */
enum Outcome {
    OPEN("open"), OVERDUE("overdue"), MET("met"), LATE("late"), CANCELLED("cancelled");

    private final String field;

    Outcome(String field) {
        this.field = field;
    }

    /** The counter of the figures document. */
    String field() {
        return field;
    }

    boolean isFinal() {
        return isVerdict() || this == CANCELLED;
    }

    /** Stopped with a verdict: met or late. */
    boolean isVerdict() {
        return this == MET || this == LATE;
    }
}
