package cn.cmcc.ah.gca.events.upcasting;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.events.fault.FaultAccepted;
import cn.cmcc.ah.gca.events.fault.FaultReported;
import cn.cmcc.ah.gca.events.presale.ResourceConfirmed;
import cn.cmcc.ah.gca.events.presale.SegmentAssessed;
import cn.cmcc.ah.gca.events.presale.TemplateDraftReturned;
import cn.cmcc.ah.gca.events.presale.TemplateDraftSubmitted;
import cn.cmcc.ah.gca.events.presale.TemplateProductised;
import cn.cmcc.ah.gca.events.presale.TemplateValidated;
import cn.cmcc.ah.gca.events.sla.SlaClockBreached;
import cn.cmcc.ah.gca.events.sla.SlaClockStarted;
import cn.cmcc.ah.gca.events.sla.SlaClockStopped;
import cn.cmcc.ah.gca.events.sla.SlaClockWarned;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;

import java.util.List;
import java.util.stream.Stream;

import static cn.cmcc.ah.gca.events.upcasting.TypedConstantsUpcaster.Field.optional;
import static cn.cmcc.ah.gca.events.upcasting.TypedConstantsUpcaster.Field.required;

/**
 * The contract's upcasters: for every event whose revision went up, one from each older revision, so that events
 * stored by an older version of a service and records replayed from a topic read as the current record. Every
 * service registers {@link #chain()} with Axon, for its event store and its Kafka converter alike; a subscriber
 * outside this repository that uses Axon can do the same. Plain objects: no Spring here.
 */
public final class ContractUpcasters {

    /** Revision 1 → 2 (AsyncAPI 0.2.0): department codes and service levels typed as their enums. */
    private static final List<EventUpcaster> REVISION_1_TO_2 = List.of(
            new TypedConstantsUpcaster(TemplateDraftSubmitted.class, "1", "2",
                    required("submittedBy", Department.class)),
            new TypedConstantsUpcaster(TemplateDraftReturned.class, "1", "2",
                    required("returnedBy", Department.class)),
            new TypedConstantsUpcaster(TemplateValidated.class, "1", "2",
                    required("validatedBy", Department.class)),
            new TypedConstantsUpcaster(TemplateProductised.class, "1", "2",
                    required("productisedBy", Department.class)),
            new TypedConstantsUpcaster(FaultReported.class, "1", "2",
                    required("acceptingDepartment", Department.class)),
            new TypedConstantsUpcaster(FaultAccepted.class, "1", "2",
                    required("acceptedBy", Department.class)),
            new TypedConstantsUpcaster(SlaClockStarted.class, "1", "2",
                    optional("serviceLevel", ServiceLevel.class),
                    required("responsibleDepartment", Department.class)),
            new TypedConstantsUpcaster(SlaClockWarned.class, "1", "2",
                    required("responsibleDepartment", Department.class)),
            new TypedConstantsUpcaster(SlaClockBreached.class, "1", "2",
                    required("responsibleDepartment", Department.class)),
            new TypedConstantsUpcaster(SlaClockStopped.class, "1", "2",
                    required("responsibleDepartment", Department.class)),
            // AsyncAPI 0.3.0: pointsPerOutcome added, absent when read from revision 1
            new AddedComponentsUpcaster(SegmentAssessed.class, "1", "2"),
            new AddedComponentsUpcaster(ResourceConfirmed.class, "1", "2"));

    /**
     * Revision 2 → 3 of the SLA clock events (AsyncAPI 0.3.0): they gained properties that older events do not have
     * (rule and calendar versions, limit, escalation department), which stay absent. After the 1 → 2 steps, so that
     * a revision 1 event reads as revision 3.
     */
    private static final List<EventUpcaster> SLA_REVISION_2_TO_3 = List.of(
            new RevisionOnlyUpcaster(SlaClockStarted.class, "2", "3"),
            new RevisionOnlyUpcaster(SlaClockWarned.class, "2", "3"),
            new RevisionOnlyUpcaster(SlaClockBreached.class, "2", "3"));

    /**
     * Revision 2 → 3 of the fault events (AsyncAPI 0.5.0): the reporter's contact masked instead of in clear, and
     * the ticket's circuit, customer and holder on acceptance. After the 1 → 2 steps, so that a revision 1 event
     * reads as revision 3.
     */
    private static final List<EventUpcaster> FAULT_REVISION_2_TO_3 = List.of(
            // contact masked (the whole clear text as the name), holder = acceptingDepartment, linkedTicketIds absent
            new ClearContactUpcaster(),
            // circuitId, customer and holder absent: a revision 2 acceptance does not say them
            new AddedComponentsUpcaster(FaultAccepted.class, "2", "3"));

    private ContractUpcasters() {
    }

    /** Every upcaster of the contract, oldest revisions first. */
    public static List<EventUpcaster> all() {
        return Stream.of(REVISION_1_TO_2, SLA_REVISION_2_TO_3, FAULT_REVISION_2_TO_3).flatMap(List::stream).toList();
    }

    /** {@link #all()} as one chain, which is itself an {@link EventUpcaster}. */
    public static EventUpcasterChain chain() {
        return new EventUpcasterChain(all());
    }
}
