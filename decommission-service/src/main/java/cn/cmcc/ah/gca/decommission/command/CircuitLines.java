package cn.cmcc.ah.gca.decommission.command;

import cn.cmcc.ah.gca.events.CircuitStatus;
import cn.cmcc.ah.gca.events.decommission.StopRequestType;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * The circuits a form 5 step touches, loaded in the step's own unit of work so that their events are stored in the
 * same append as the form's (all or nothing, see the kit's event store). A form's command handlers take it as a
 * parameter; they never call a circuit's handler, the circuit has none.
 */
@Component
public class CircuitLines {

    private final Repository<CircuitLine> repository;

    public CircuitLines(Repository<CircuitLine> repository) {
        this.repository = repository;
    }

    /** Lets the form hold the circuit, if a form of its type may (Art. 32–35); refuses with 409 otherwise. */
    void open(String circuitId, String formId, StopRequestType type, Instant at) {
        line(circuitId).execute(line -> line.open(circuitId, formId, type, at));
    }

    void change(String circuitId, CircuitStatus status, String formId, String reason, Instant at) {
        line(circuitId).execute(line -> line.change(status, formId, reason, at));
    }

    void close(String circuitId, String formId, Instant at) {
        line(circuitId).execute(line -> line.close(formId, at));
    }

    private Aggregate<CircuitLine> line(String circuitId) {
        try {
            return repository.loadOrCreate(circuitId, CircuitLine::new);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot load circuit " + circuitId, e);
        }
    }
}
