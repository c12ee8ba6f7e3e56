package cn.cmcc.ah.gca.support.axon;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * Serializes aggregate snapshots. Aggregates keep their state in private fields without getters, which the
 * application's ObjectMapper would write as {@code {}} — an empty snapshot that silently loses state. This
 * mapper reads and writes fields only and refuses empty beans.
 */
public final class SnapshotSerializer {

    private SnapshotSerializer() {
    }

    public static Serializer create(ObjectMapper applicationMapper) {
        ObjectMapper mapper = applicationMapper.copy()
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .enable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return JacksonSerializer.builder().objectMapper(mapper).build();
    }
}
