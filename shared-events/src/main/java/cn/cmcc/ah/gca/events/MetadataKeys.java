package cn.cmcc.ah.gca.events;

import java.util.Map;

/**
 * Metadata carried by every event, and the CloudEvents extension each key travels as on Kafka
 * (extension names must be lowercase letters and digits).
 */
public final class MetadataKeys {

    /** The department code ({@link Department}) that took the step. */
    public static final String ACTING_DEPARTMENT = "actingDepartment";
    /** The user id (token subject) that took the step. */
    public static final String ACTING_USER = "actingUser";
    /** The number people use for the item: form number, ticket number or circuit id. */
    public static final String CORRELATION_ID = "correlationId";
    /** Identifier of the message (command or event) that caused this one. */
    public static final String CAUSATION_ID = "causationId";
    /** Identifier of the first message of the chain (the originating request). */
    public static final String TRACE_ID = "traceId";

    /** Metadata key → CloudEvents extension name. */
    public static final Map<String, String> CLOUD_EVENT_EXTENSIONS = Map.of(
            ACTING_DEPARTMENT, "actingdepartment",
            ACTING_USER, "actinguser",
            CORRELATION_ID, "correlationid",
            CAUSATION_ID, "causationid",
            TRACE_ID, "traceid");

    private MetadataKeys() {
    }
}
