package cn.cmcc.ah.gca.decommission.saga;

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
 * negotiation; the form 2 dispatched on it or opened for a configuration change carries the same link). A form without one resolves to the
 * empty string, which no saga is associated with.
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
        ResourceRequest request = payload instanceof ConfirmationFormDispatched dispatched ? dispatched.request()
                : payload instanceof NegotiationRecorded negotiated ? negotiated.request()
                : payload instanceof DemandDispatched demand ? demand.request() : null;
        AdjustmentLink link = request == null ? null : request.adjustment();
        return link == null || !link.partOfAdjustment() || link.adjustmentId() == null ? "" : link.adjustmentId();
    }
}
