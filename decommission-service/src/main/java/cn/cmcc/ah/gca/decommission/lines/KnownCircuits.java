package cn.cmcc.ah.gca.decommission.lines;

import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/**
 * What decommission-service knows of other services' work on circuits, from their topics alone: the circuits
 * provisioning activated and the fault tickets open on them. STUB: implemented with the lines views.
 */
@Repository
public class KnownCircuits {

    /** The circuit as activated; empty while its activation has not been consumed (or never happened). */
    public Optional<KnownCircuit> circuit(String circuitId) {
        throw new UnsupportedOperationException("lines views not built yet");
    }

    /** The fault tickets open (reported, not archived) on the circuit, oldest first. */
    public List<String> openFaultTickets(String circuitId) {
        throw new UnsupportedOperationException("lines views not built yet");
    }
}
