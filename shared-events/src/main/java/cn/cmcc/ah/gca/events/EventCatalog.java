package cn.cmcc.ah.gca.events;

import cn.cmcc.ah.gca.events.decommission.CircuitStatusChanged;
import cn.cmcc.ah.gca.events.decommission.StopFormDispatched;
import cn.cmcc.ah.gca.events.decommission.AdjustmentRequested;
import cn.cmcc.ah.gca.events.decommission.StopFormAccepted;
import cn.cmcc.ah.gca.events.decommission.AdjustmentClassified;
import cn.cmcc.ah.gca.events.decommission.ResourceReleased;
import cn.cmcc.ah.gca.events.decommission.LastMileSuspended;
import cn.cmcc.ah.gca.events.decommission.LastMileRestored;
import cn.cmcc.ah.gca.events.decommission.StopStatusChangeRequested;
import cn.cmcc.ah.gca.events.decommission.StopStatusChangeConfirmed;
import cn.cmcc.ah.gca.events.decommission.StopFormCompleted;
import cn.cmcc.ah.gca.events.decommission.StopFormWithdrawn;
import cn.cmcc.ah.gca.events.decommission.AdjustmentLinked;
import cn.cmcc.ah.gca.events.decommission.AdjustmentNewLineActivated;
import cn.cmcc.ah.gca.events.decommission.AdjustmentStalled;
import cn.cmcc.ah.gca.events.decommission.AdjustmentEnded;
import cn.cmcc.ah.gca.events.decommission.CircuitFormOpened;
import cn.cmcc.ah.gca.events.decommission.CircuitFormClosed;
import cn.cmcc.ah.gca.events.fault.FaultCircuitStopRequested;
import cn.cmcc.ah.gca.events.fault.FaultAccepted;
import cn.cmcc.ah.gca.events.fault.FaultDispatched;
import cn.cmcc.ah.gca.events.fault.FaultDiagnosed;
import cn.cmcc.ah.gca.events.fault.FaultEscalated;
import cn.cmcc.ah.gca.events.fault.FaultRepaired;
import cn.cmcc.ah.gca.events.fault.FaultClearanceConfirmed;
import cn.cmcc.ah.gca.events.fault.FaultReopened;
import cn.cmcc.ah.gca.events.fault.FaultReplied;
import cn.cmcc.ah.gca.events.fault.FaultQualityChecked;
import cn.cmcc.ah.gca.events.fault.FaultArchived;
import cn.cmcc.ah.gca.events.fault.FaultReported;
import cn.cmcc.ah.gca.events.presale.ConfirmationFormDispatched;
import cn.cmcc.ah.gca.events.presale.ConfirmationFormReceived;
import cn.cmcc.ah.gca.events.presale.ConfirmationFormWithdrawn;
import cn.cmcc.ah.gca.events.presale.EngineeringReferralCancelled;
import cn.cmcc.ah.gca.events.presale.EngineeringReplied;
import cn.cmcc.ah.gca.events.presale.NegotiationRecorded;
import cn.cmcc.ah.gca.events.presale.PointReferredToEngineering;
import cn.cmcc.ah.gca.events.presale.ProductMaturityChanged;
import cn.cmcc.ah.gca.events.presale.ProductRegistered;
import cn.cmcc.ah.gca.events.presale.ResourceConfirmed;
import cn.cmcc.ah.gca.events.presale.SegmentAssessed;
import cn.cmcc.ah.gca.events.presale.TemplateDraftReturned;
import cn.cmcc.ah.gca.events.presale.TemplateDraftSubmitted;
import cn.cmcc.ah.gca.events.presale.TemplateProductised;
import cn.cmcc.ah.gca.events.presale.TemplateRequested;
import cn.cmcc.ah.gca.events.presale.TemplateValidated;
import cn.cmcc.ah.gca.events.provisioning.AcceptanceArchived;
import cn.cmcc.ah.gca.events.provisioning.AcceptanceOrganised;
import cn.cmcc.ah.gca.events.provisioning.AcceptanceSignatureAdded;
import cn.cmcc.ah.gca.events.provisioning.ActivationCompleted;
import cn.cmcc.ah.gca.events.provisioning.BlockRecordCoSigned;
import cn.cmcc.ah.gca.events.provisioning.BlockRecordWritten;
import cn.cmcc.ah.gca.events.provisioning.CircuitActivated;
import cn.cmcc.ah.gca.events.provisioning.ConstructionBlocked;
import cn.cmcc.ah.gca.events.provisioning.ConstructionResumed;
import cn.cmcc.ah.gca.events.provisioning.DemandAccepted;
import cn.cmcc.ah.gca.events.provisioning.DemandCancelled;
import cn.cmcc.ah.gca.events.provisioning.DemandDispatched;
import cn.cmcc.ah.gca.events.provisioning.DemandReplied;
import cn.cmcc.ah.gca.events.provisioning.EngineeringBuildInService;
import cn.cmcc.ah.gca.events.provisioning.EngineeringBuildRequested;
import cn.cmcc.ah.gca.events.provisioning.EngineeringBuildWithdrawn;
import cn.cmcc.ah.gca.events.provisioning.EngineeringCompletionDateReported;
import cn.cmcc.ah.gca.events.provisioning.LastMileAllocated;
import cn.cmcc.ah.gca.events.provisioning.LastMileProjectCompleted;
import cn.cmcc.ah.gca.events.provisioning.ResourcesRegistered;
import cn.cmcc.ah.gca.events.provisioning.StatusChangeConfirmed;
import cn.cmcc.ah.gca.events.provisioning.StatusChangeInfoPassed;
import cn.cmcc.ah.gca.events.provisioning.StatusChangeRequested;
import cn.cmcc.ah.gca.events.provisioning.WorkOrderCompleted;
import cn.cmcc.ah.gca.events.provisioning.WorkOrderFailed;
import cn.cmcc.ah.gca.events.provisioning.WorkOrderIssued;
import cn.cmcc.ah.gca.events.sla.SlaClockBreached;
import cn.cmcc.ah.gca.events.sla.SlaClockCancelled;
import cn.cmcc.ah.gca.events.sla.SlaClockDeadlineChanged;
import cn.cmcc.ah.gca.events.sla.SlaClockHandedOver;
import cn.cmcc.ah.gca.events.sla.SlaClockPaused;
import cn.cmcc.ah.gca.events.sla.SlaClockStarted;
import cn.cmcc.ah.gca.events.sla.SlaClockStopped;
import cn.cmcc.ah.gca.events.sla.SlaClockWarned;
import cn.cmcc.ah.gca.events.sla.SlaRulesChanged;
import cn.cmcc.ah.gca.events.sla.WorkingCalendarYearLoaded;
import org.axonframework.serialization.Revision;

import java.util.List;
import java.util.Optional;

/**
 * Every event of the contract, with its topic and its stable CloudEvents type
 * {@code gca.<domain>.<EventName>.v<revision>}. The AsyncAPI document and the fixtures are checked against
 * this list, and the Kafka converter uses it to name and resolve events.
 */
public final class EventCatalog {

    /** One published event type. */
    public record Entry(Class<?> eventClass, String topic) {

        public String name() {
            return eventClass.getSimpleName();
        }

        public String revision() {
            Revision revision = eventClass.getAnnotation(Revision.class);
            if (revision == null) {
                throw new IllegalStateException(eventClass.getName() + " has no @Revision");
            }
            return revision.value();
        }

        public String cloudEventType() {
            return "gca." + Topics.domainOf(topic) + "." + name() + ".v" + revision();
        }
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry(ProductRegistered.class, Topics.PRESALE),
            new Entry(ProductMaturityChanged.class, Topics.PRESALE),
            new Entry(TemplateRequested.class, Topics.PRESALE),
            new Entry(TemplateDraftSubmitted.class, Topics.PRESALE),
            new Entry(TemplateDraftReturned.class, Topics.PRESALE),
            new Entry(TemplateValidated.class, Topics.PRESALE),
            new Entry(TemplateProductised.class, Topics.PRESALE),
            new Entry(ConfirmationFormDispatched.class, Topics.PRESALE),
            new Entry(ConfirmationFormReceived.class, Topics.PRESALE),
            new Entry(SegmentAssessed.class, Topics.PRESALE),
            new Entry(PointReferredToEngineering.class, Topics.PRESALE),
            new Entry(EngineeringReferralCancelled.class, Topics.PRESALE),
            new Entry(EngineeringReplied.class, Topics.PRESALE),
            new Entry(ResourceConfirmed.class, Topics.PRESALE),
            new Entry(NegotiationRecorded.class, Topics.PRESALE),
            new Entry(ConfirmationFormWithdrawn.class, Topics.PRESALE),
            new Entry(DemandDispatched.class, Topics.PROVISIONING),
            new Entry(DemandAccepted.class, Topics.PROVISIONING),
            new Entry(EngineeringBuildRequested.class, Topics.PROVISIONING),
            new Entry(EngineeringCompletionDateReported.class, Topics.PROVISIONING),
            new Entry(EngineeringBuildInService.class, Topics.PROVISIONING),
            new Entry(EngineeringBuildWithdrawn.class, Topics.PROVISIONING),
            new Entry(LastMileProjectCompleted.class, Topics.PROVISIONING),
            new Entry(ResourcesRegistered.class, Topics.PROVISIONING),
            new Entry(LastMileAllocated.class, Topics.PROVISIONING),
            new Entry(WorkOrderIssued.class, Topics.PROVISIONING),
            new Entry(WorkOrderCompleted.class, Topics.PROVISIONING),
            new Entry(WorkOrderFailed.class, Topics.PROVISIONING),
            new Entry(ConstructionBlocked.class, Topics.PROVISIONING),
            new Entry(BlockRecordWritten.class, Topics.PROVISIONING),
            new Entry(BlockRecordCoSigned.class, Topics.PROVISIONING),
            new Entry(ConstructionResumed.class, Topics.PROVISIONING),
            new Entry(DemandCancelled.class, Topics.PROVISIONING),
            new Entry(ActivationCompleted.class, Topics.PROVISIONING),
            new Entry(CircuitActivated.class, Topics.PROVISIONING),
            new Entry(StatusChangeInfoPassed.class, Topics.PROVISIONING),
            new Entry(StatusChangeRequested.class, Topics.PROVISIONING),
            new Entry(StatusChangeConfirmed.class, Topics.PROVISIONING),
            new Entry(DemandReplied.class, Topics.PROVISIONING),
            new Entry(AcceptanceOrganised.class, Topics.PROVISIONING),
            new Entry(AcceptanceSignatureAdded.class, Topics.PROVISIONING),
            new Entry(AcceptanceArchived.class, Topics.PROVISIONING),
            new Entry(FaultReported.class, Topics.FAULT),
            new Entry(FaultAccepted.class, Topics.FAULT),
            new Entry(FaultDispatched.class, Topics.FAULT),
            new Entry(FaultDiagnosed.class, Topics.FAULT),
            new Entry(FaultEscalated.class, Topics.FAULT),
            new Entry(FaultRepaired.class, Topics.FAULT),
            new Entry(FaultClearanceConfirmed.class, Topics.FAULT),
            new Entry(FaultReopened.class, Topics.FAULT),
            new Entry(FaultReplied.class, Topics.FAULT),
            new Entry(FaultQualityChecked.class, Topics.FAULT),
            new Entry(FaultArchived.class, Topics.FAULT),
            new Entry(FaultCircuitStopRequested.class, Topics.FAULT),
            new Entry(CircuitStatusChanged.class, Topics.DECOMMISSION),
            new Entry(StopFormDispatched.class, Topics.DECOMMISSION),
            new Entry(AdjustmentRequested.class, Topics.DECOMMISSION),
            new Entry(StopFormAccepted.class, Topics.DECOMMISSION),
            new Entry(AdjustmentClassified.class, Topics.DECOMMISSION),
            new Entry(ResourceReleased.class, Topics.DECOMMISSION),
            new Entry(LastMileSuspended.class, Topics.DECOMMISSION),
            new Entry(LastMileRestored.class, Topics.DECOMMISSION),
            new Entry(StopStatusChangeRequested.class, Topics.DECOMMISSION),
            new Entry(StopStatusChangeConfirmed.class, Topics.DECOMMISSION),
            new Entry(StopFormCompleted.class, Topics.DECOMMISSION),
            new Entry(StopFormWithdrawn.class, Topics.DECOMMISSION),
            new Entry(AdjustmentLinked.class, Topics.DECOMMISSION),
            new Entry(AdjustmentNewLineActivated.class, Topics.DECOMMISSION),
            new Entry(AdjustmentStalled.class, Topics.DECOMMISSION),
            new Entry(AdjustmentEnded.class, Topics.DECOMMISSION),
            new Entry(CircuitFormOpened.class, Topics.DECOMMISSION),
            new Entry(CircuitFormClosed.class, Topics.DECOMMISSION),
            new Entry(SlaClockStarted.class, Topics.SLA),
            new Entry(SlaClockWarned.class, Topics.SLA),
            new Entry(SlaClockBreached.class, Topics.SLA),
            new Entry(SlaClockStopped.class, Topics.SLA),
            new Entry(SlaClockDeadlineChanged.class, Topics.SLA),
            new Entry(SlaClockPaused.class, Topics.SLA),
            new Entry(SlaClockCancelled.class, Topics.SLA),
            new Entry(SlaClockHandedOver.class, Topics.SLA),
            new Entry(SlaRulesChanged.class, Topics.SLA),
            new Entry(WorkingCalendarYearLoaded.class, Topics.SLA));

    private EventCatalog() {
    }

    public static List<Entry> entries() {
        return ENTRIES;
    }

    public static Optional<Entry> byClassName(String className) {
        return ENTRIES.stream().filter(e -> e.eventClass().getName().equals(className)).findFirst();
    }

    /**
     * The entry for a CloudEvents type of the current or an older revision ({@code ….v1} after a bump to 2):
     * replayed records of older revisions resolve to the same class, and their revision, carried separately,
     * selects the upcasters.
     */
    public static Optional<Entry> byCloudEventType(String type) {
        int version = type.lastIndexOf(".v");
        if (version < 0) {
            return Optional.empty();
        }
        String unversioned = type.substring(0, version);
        return ENTRIES.stream()
                .filter(e -> e.cloudEventType().startsWith(unversioned + ".v"))
                .filter(e -> revisionAtMost(type.substring(version + 2), e.revision()))
                .findFirst();
    }

    private static boolean revisionAtMost(String candidate, String current) {
        try {
            return Integer.parseInt(candidate) <= Integer.parseInt(current);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    public static List<Entry> onTopic(String topic) {
        return ENTRIES.stream().filter(e -> e.topic().equals(topic)).toList();
    }
}
