package cn.cmcc.ah.gca.presale.query;

/**
 * A read-model document kept from one aggregate's events: it records the sequence number of the last event it took,
 * so that {@link ViewStore#applyIfNewer} skips a re-delivered event.
 */
public abstract class SequencedView {

    /** the aggregate sequence number of the last event applied (0 = the creating event) */
    public long lastSequence;
}
