package cn.cmcc.ah.gca.support.web;

import cn.cmcc.ah.gca.events.MetadataKeys;
import org.axonframework.messaging.MetaData;
import org.slf4j.MDC;

import java.util.HashMap;
import java.util.Map;

/** The metadata a REST call puts on its command: who acts, as which department, on which item, in which trace. */
public final class CommandMetadata {

    private CommandMetadata() {
    }

    public static MetaData of(Actor actor, String correlationId) {
        MDC.put(CorrelationIdFilter.MDC_CORRELATION_ID, correlationId);
        Map<String, Object> values = new HashMap<>();
        values.put(MetadataKeys.ACTING_DEPARTMENT, actor.department().name());
        values.put(MetadataKeys.ACTING_USER, actor.userId());
        values.put(MetadataKeys.CORRELATION_ID, correlationId);
        String traceId = MDC.get(CorrelationIdFilter.MDC_TRACE_ID);
        if (traceId != null) {
            values.put(MetadataKeys.TRACE_ID, traceId);
        }
        return MetaData.from(values);
    }
}
