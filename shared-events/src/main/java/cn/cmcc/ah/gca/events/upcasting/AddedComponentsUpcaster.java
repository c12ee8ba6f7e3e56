package cn.cmcc.ah.gca.events.upcasting;

import cn.cmcc.ah.gca.events.AddedInRevision;
import cn.cmcc.ah.gca.events.MayBeAbsent;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/**
 * One revision step of an event that only added components an older event cannot supply (marked
 * {@link AddedInRevision} with the new revision, and {@link MayBeAbsent}): the payload passes unchanged under the new
 * revision, so the added components read as absent. Nothing is derived or guessed for them.
 */
final class AddedComponentsUpcaster extends SingleEventUpcaster {

    private final SimpleSerializedType from;
    private final SimpleSerializedType to;
    private final List<String> added;

    AddedComponentsUpcaster(Class<?> event, String fromRevision, String toRevision) {
        this.from = new SimpleSerializedType(event.getName(), fromRevision);
        this.to = new SimpleSerializedType(event.getName(), toRevision);
        List<RecordComponent> components = Arrays.stream(event.getRecordComponents())
                .filter(c -> c.isAnnotationPresent(AddedInRevision.class)
                        && c.getAnnotation(AddedInRevision.class).value().equals(toRevision))
                .toList();
        if (components.isEmpty() || !components.stream().allMatch(c -> c.isAnnotationPresent(MayBeAbsent.class))) {
            throw new IllegalArgumentException(event.getSimpleName() + " revision " + toRevision
                    + ": expected components @AddedInRevision(\"" + toRevision + "\") that are all @MayBeAbsent");
        }
        this.added = components.stream().map(RecordComponent::getName).toList();
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(from);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(to, JsonNode.class, payload -> payload);
    }

    @Override
    public String toString() {
        return "AddedComponentsUpcaster[" + from.getName() + " " + from.getRevision() + " → " + to.getRevision()
                + " absent " + added + "]";
    }
}
