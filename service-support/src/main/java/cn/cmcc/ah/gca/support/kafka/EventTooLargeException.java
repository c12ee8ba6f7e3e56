package cn.cmcc.ah.gca.support.kafka;

/**
 * A command produced an event whose Kafka record would exceed {@code gca.kafka.max-event-bytes}: the broker would
 * refuse it, so the command fails and its unit of work stores nothing.
 */
public class EventTooLargeException extends RuntimeException {

    private final String eventType;
    private final long sizeBytes;
    private final long limitBytes;

    public EventTooLargeException(String eventType, long sizeBytes, long limitBytes) {
        super("Event " + eventType + " would be a Kafka record of " + sizeBytes + " bytes, above the limit of "
                + limitBytes + " bytes (gca.kafka.max-event-bytes)");
        this.eventType = eventType;
        this.sizeBytes = sizeBytes;
        this.limitBytes = limitBytes;
    }

    /** The event's CloudEvents type ({@code gca.<domain>.<Event>.v<revision>}), or its class name if uncatalogued. */
    public String eventType() {
        return eventType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }

    /** The size in KB as a person reads it: rounded up, so that it never looks equal to the limit. */
    public long sizeKb() {
        return (sizeBytes + 1023) / 1024;
    }

    /** The limit in KB, rounded down. */
    public long limitKb() {
        return limitBytes / 1024;
    }
}
