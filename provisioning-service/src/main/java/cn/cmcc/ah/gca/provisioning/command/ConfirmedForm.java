package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.presale.NetworkSolution;
import cn.cmcc.ah.gca.events.presale.PointCapability;
import cn.cmcc.ah.gca.events.presale.ResourceRequest;

import java.util.List;

/**
 * What provisioning knows of a form 1 from presale's events alone (its own projection of {@code gca.presale.events};
 * nothing is asked of presale): the basis a form 2 is dispatched on (Art. 16–17).
 *
 * @param formId         the form 1
 * @param status         where it stands, as presale's events say
 * @param request        as dispatched; null before presale's dispatch event arrived
 * @param points         the confirmed capability per access point; empty before the reply
 * @param solution       the end-to-end network solution (Art. 15); null before the reply
 * @param renegotiatedAs for {@link Status#RENEGOTIATED} the new form 1; empty otherwise
 */
public record ConfirmedForm(String formId, Status status, ResourceRequest request, List<PointCapability> points,
                            NetworkSolution solution, String renegotiatedAs) {

    public ConfirmedForm {
        points = points == null ? List.of() : List.copyOf(points);
        renegotiatedAs = renegotiatedAs == null ? "" : renegotiatedAs;
    }

    /** A form 1's standing, from presale's events. */
    public enum Status {
        /** dispatched or received by CSSC, not replied (Art. 8–14) */
        IN_CONFIRMATION,
        /** replied by CSSC (Art. 15), negotiation not recorded */
        REPLIED,
        /** the customer accepted (Art. 16): the basis of a form 2 */
        ACCEPTED,
        /** the customer declined (Art. 16) */
        DECLINED,
        /** replaced by a new form 1 (Art. 16) */
        RENEGOTIATED,
        /** withdrawn by GCD before the reply (Art. 8) */
        WITHDRAWN
    }
}
