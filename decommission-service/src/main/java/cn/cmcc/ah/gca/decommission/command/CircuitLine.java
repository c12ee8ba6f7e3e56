package cn.cmcc.ah.gca.decommission.command;

import cn.cmcc.ah.gca.events.CircuitStatus;
import cn.cmcc.ah.gca.events.decommission.CircuitFormClosed;
import cn.cmcc.ah.gca.events.decommission.CircuitFormOpened;
import cn.cmcc.ah.gca.events.decommission.CircuitStatusChanged;
import cn.cmcc.ah.gca.events.decommission.StopRequestType;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;

import static cn.cmcc.ah.gca.decommission.command.DecommissionRejection.CIRCUIT_ALREADY_STOPPED;
import static cn.cmcc.ah.gca.decommission.command.DecommissionRejection.CIRCUIT_ALREADY_SUSPENDED;
import static cn.cmcc.ah.gca.decommission.command.DecommissionRejection.CIRCUIT_NOT_SUSPENDED;
import static cn.cmcc.ah.gca.decommission.command.DecommissionRejection.CIRCUIT_ON_OPEN_FORM;
import static cn.cmcc.ah.gca.decommission.command.DecommissionRejection.CIRCUIT_SUSPENDED;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A circuit as decommission-service holds it, keyed by its circuit id: its status (Art. 32–34) and the one form 5
 * that may hold it at a time (Art. 33). Its events are stored in the same append as the form's step that causes them
 * ({@link StopFormCommands}), so two forms naming one circuit at once cannot both be dispatched: the second append
 * collides on the circuit's sequence and is refused whole. Its {@link CircuitStatusChanged} carries the circuit's own
 * sequence, which is how other services' projections order status changes.
 * <p>
 * Created by the first form 5 that names the circuit; until then the circuit is in service as provisioning activated
 * it.
 */
@Aggregate(snapshotTriggerDefinition = "gcaSnapshotTrigger", cache = "gcaAggregateCache")
public class CircuitLine {

    @AggregateIdentifier
    private String circuitId;
    private CircuitStatus status = CircuitStatus.IN_SERVICE;
    private String openFormId = "";

    public CircuitLine() {
        // for Axon, and for the first form naming the circuit
    }

    /** What a form of {@code type} needs of the circuit before it may hold it (Art. 32–35). */
    static void requireFor(String circuitId, CircuitStatus status, String openFormId, StopRequestType type) {
        if (!openFormId.isEmpty()) {
            throw CIRCUIT_ON_OPEN_FORM.reject(circuitId, openFormId);
        }
        if (status == CircuitStatus.STOPPED) {
            throw CIRCUIT_ALREADY_STOPPED.reject(circuitId);
        }
        switch (type) {
            case SUSPENSION -> {
                if (status == CircuitStatus.SUSPENDED) {
                    throw CIRCUIT_ALREADY_SUSPENDED.reject(circuitId);
                }
            }
            case RESUME -> {
                if (status != CircuitStatus.SUSPENDED) {
                    throw CIRCUIT_NOT_SUSPENDED.reject(circuitId);
                }
            }
            case ADJUSTMENT -> {
                if (status == CircuitStatus.SUSPENDED) {
                    throw CIRCUIT_SUSPENDED.reject(circuitId);
                }
            }
            case PERMANENT_STOP -> {
                // a suspended circuit may be stopped for good
            }
        }
    }

    /** Checks the circuit may be held by a form of {@code type}, then lets {@code formId} hold it. */
    void open(String id, String formId, StopRequestType type, Instant at) {
        requireFor(id, status, openFormId, type);
        apply(new CircuitFormOpened(id, formId, type, at));
    }

    /** The form holding the circuit changed its status. */
    void change(CircuitStatus changed, String formId, String reason, Instant at) {
        if (changed != status) {
            apply(new CircuitStatusChanged(circuitId, changed, formId, reason, at));
        }
    }

    /** The form holding the circuit is done with it. */
    void close(String formId, Instant at) {
        if (formId.equals(openFormId)) {
            apply(new CircuitFormClosed(circuitId, formId, at));
        }
    }

    @EventSourcingHandler
    void on(CircuitFormOpened event) {
        circuitId = event.circuitId();
        openFormId = event.formId();
    }

    @EventSourcingHandler
    void on(CircuitStatusChanged event) {
        circuitId = event.circuitId();
        status = event.status();
    }

    @EventSourcingHandler
    void on(CircuitFormClosed event) {
        openFormId = "";
    }
}
