package cn.cmcc.ah.gca.decommission.saga;

import cn.cmcc.ah.gca.decommission.command.StopForm;
import cn.cmcc.ah.gca.events.presale.AdjustmentLink;
import cn.cmcc.ah.gca.events.presale.ConfirmationFormDispatched;
import cn.cmcc.ah.gca.events.presale.NegotiationRecorded;
import cn.cmcc.ah.gca.events.presale.ResourceRequest;
import cn.cmcc.ah.gca.events.provisioning.DemandDispatched;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.modelling.saga.AssociationResolver;

/**
 * The adjustment id a form 1 or a form 2 carries in its request (Art. 35: the form 1 "说明为调整业务", repeated by its
 * negotiation; the form 2 dispatched on it or opened for a configuration change carries the same link). A form
 * without one, or with one that is no form 5's number, resolves to the empty string, which no saga is associated
 * with.
 */
public class AdjustmentIdResolver implements AssociationResolver {

    @Override
    public <T> void validate(String associationPropertyName, MessageHandlingMember<T> handler) {
        // resolves from the payload types below only
    }

    @Override
    public <T> Object resolve(String associationPropertyName, EventMessage<?> message,
                              MessageHandlingMember<T> handler) {
        Object payload = message.getPayload();
        return adjustmentIdOf(payload instanceof ConfirmationFormDispatched dispatched ? dispatched.request()
                : payload instanceof NegotiationRecorded negotiated ? negotiated.request()
                : payload instanceof DemandDispatched demand ? demand.request() : null);
    }

    /**
     * The adjustment id {@code request} carries; empty when it carries none (a new line's form), or one that is no
     * form 5's number (a circuit's number quoted by mistake would otherwise name the circuit's own aggregate).
     */
    static String adjustmentIdOf(ResourceRequest request) {
        AdjustmentLink link = request == null ? null : request.adjustment();
        return link == null || !link.partOfAdjustment() || !StopForm.isNumber(link.adjustmentId()) ? ""
                : link.adjustmentId();
    }
}
