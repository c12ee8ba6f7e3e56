package cn.cmcc.ah.gca.support.axon;

import cn.cmcc.ah.gca.events.MetadataKeys;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Carries who acted, the business correlation id and the trace from a command (or a consumed event) to every
 * message it causes, and records the causing message as the causation. Replaces Axon's default provider, whose
 * {@code correlationId} means the causing message id; here {@code correlationId} is the number people use.
 */
public class GcaCorrelationDataProvider implements CorrelationDataProvider {

    private static final List<String> PROPAGATED = List.of(
            MetadataKeys.ACTING_DEPARTMENT, MetadataKeys.ACTING_USER, MetadataKeys.CORRELATION_ID);

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        MetaData metaData = message.getMetaData();
        Map<String, Object> data = new HashMap<>();
        for (String key : PROPAGATED) {
            Object value = metaData.get(key);
            if (value != null) {
                data.put(key, value.toString());
            }
        }
        data.put(MetadataKeys.CAUSATION_ID, message.getIdentifier());
        Object traceId = metaData.get(MetadataKeys.TRACE_ID);
        data.put(MetadataKeys.TRACE_ID, traceId != null ? traceId.toString() : message.getIdentifier());
        return data;
    }
}
