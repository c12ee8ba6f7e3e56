package cn.cmcc.ah.gca.decommission.query;

import cn.cmcc.ah.gca.events.CircuitStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A circuit's status and the form 5 holding it, from decommission-service's own {@code CircuitLine} events (Art.
 * 32–35). A circuit no form 5 ever named has none: it is in service as provisioning activated it.
 */
public class CircuitStateView {

    public String circuitId;
    public CircuitStatus status = CircuitStatus.IN_SERVICE;
    /** the form 5 that changed the status last; empty while none did */
    public String statusFormId = "";
    public Instant statusChangedAt;
    /** the form 5 holding the circuit now; empty when none */
    public String openFormId = "";
    /** every form 5 that named the circuit, oldest first */
    public List<String> formIds = new ArrayList<>();
}
