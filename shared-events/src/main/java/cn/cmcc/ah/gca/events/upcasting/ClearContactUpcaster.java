package cn.cmcc.ah.gca.events.upcasting;

import cn.cmcc.ah.gca.events.fault.FaultReported;
import cn.cmcc.ah.gca.events.fault.MaskedContact;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * {@link FaultReported} revision 2 → 3 (AsyncAPI 0.5.0). Revision 2 carried the callback contact in clear, as one
 * text of name and phone as given; revision 3 carries a {@link MaskedContact}. Which part of the text is the phone
 * is not guessed: the whole text reads as the masked name (its first character, then one {@code *} for each other
 * character), with no phone and nothing sealed, so that no reader through the contract's upcasters ever sees the
 * contact in clear. The holder of a just-reported ticket is its accepting department, which revision 2 carries;
 * {@code linkedTicketIds} cannot be had from it and stays absent.
 */
final class ClearContactUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType FROM = new SimpleSerializedType(FaultReported.class.getName(), "2");
    private static final SimpleSerializedType TO = new SimpleSerializedType(FaultReported.class.getName(), "3");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(FROM);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(TO, JsonNode.class, ClearContactUpcaster::revision3);
    }

    private static JsonNode revision3(JsonNode payload) {
        if (!(payload instanceof ObjectNode object)) {
            return payload; // not an event of this shape: deserialization says so
        }
        JsonNode contact = object.get("contact");
        if (contact != null && contact.isTextual()) {
            object.set("contact", object.objectNode().put("name", MaskedContact.maskName(contact.asText())));
        }
        JsonNode accepting = object.get("acceptingDepartment");
        if (accepting != null && !accepting.isNull()) {
            object.set("holder", accepting.deepCopy());
        }
        return object;
    }

    @Override
    public String toString() {
        return "ClearContactUpcaster[" + FROM.getName() + " " + FROM.getRevision() + " → " + TO.getRevision()
                + " contact masked, holder = acceptingDepartment]";
    }
}
