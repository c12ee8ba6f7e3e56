package cn.cmcc.ah.gca.events.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import java.util.function.Function;

/**
 * One revision step of an event that only gained properties that {@linkplain cn.cmcc.ah.gca.events.MayBeAbsent may
 * be absent}: the payload passes unchanged and the new properties stay absent, which is all an event of the older
 * revision can say about them. Nothing is filled in (a rule version, a department) that the event did not carry.
 */
final class RevisionOnlyUpcaster extends SingleEventUpcaster {

    private final SimpleSerializedType from;
    private final SimpleSerializedType to;

    RevisionOnlyUpcaster(Class<?> event, String fromRevision, String toRevision) {
        this.from = new SimpleSerializedType(event.getName(), fromRevision);
        this.to = new SimpleSerializedType(event.getName(), toRevision);
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(from);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(to, JsonNode.class, Function.identity());
    }

    @Override
    public String toString() {
        return "RevisionOnlyUpcaster[" + from.getName() + " " + from.getRevision() + " → " + to.getRevision() + "]";
    }
}
