package cn.cmcc.ah.gca.decommission.command;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.decommission.StopRequestType;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import static cn.cmcc.ah.gca.decommission.command.DecommissionRejection.STOP_CIRCUITS_OF_SEVERAL_CUSTOMERS;
import static cn.cmcc.ah.gca.decommission.command.DecommissionRejection.STOP_CIRCUITS_REQUIRED;
import static cn.cmcc.ah.gca.decommission.command.DecommissionRejection.STOP_CIRCUIT_UNKNOWN;
import static cn.cmcc.ah.gca.decommission.command.DecommissionRejection.STOP_FIRST_REASON_REQUIRED;
import static cn.cmcc.ah.gca.decommission.command.DecommissionRejection.STOP_OPEN_FAULT_TICKETS;
import static cn.cmcc.ah.gca.decommission.command.DecommissionRejection.STOP_REASON_REQUIRED;
import static cn.cmcc.ah.gca.decommission.command.DecommissionRejection.STOP_REQUESTED_DATE_INVALID;
import static cn.cmcc.ah.gca.decommission.command.DecommissionRejection.STOP_REQUEST_TYPE_NOT_A_STOP;

/**
 * What a form 5 must carry when GCD dispatches it (Art. 33, 35): a reason, a requested date, circuits provisioning
 * activated, all of one customer; a stop or a suspension of a circuit with an open fault ticket only with a stated
 * reason (decision on Art. 33–34: the ticket is told). Where each circuit stands is {@link CircuitLine}'s rule.
 */
final class DispatchRules {

    private DispatchRules() {
    }

    /** The circuits named, each once, in the caller's order. */
    static List<String> circuits(DispatchStopForm command) {
        if (command.requestType() == null || command.requestType() == StopRequestType.ADJUSTMENT) {
            throw STOP_REQUEST_TYPE_NOT_A_STOP.reject(String.valueOf(command.requestType()));
        }
        List<String> named = command.circuitIds() == null ? List.of()
                : new ArrayList<>(new LinkedHashSet<>(command.circuitIds().stream()
                        .filter(id -> id != null && !id.isBlank()).map(String::strip).toList()));
        if (named.isEmpty()) {
            throw STOP_CIRCUITS_REQUIRED.reject();
        }
        return named;
    }

    /** The one customer of every circuit named; each must be known (Art. 33). */
    static CustomerRef customerOf(List<String> circuitIds, Map<String, CircuitOnRecord> known) {
        CustomerRef customer = null;
        for (String circuitId : circuitIds) {
            CircuitOnRecord circuit = known == null ? null : known.get(circuitId);
            if (circuit == null) {
                throw STOP_CIRCUIT_UNKNOWN.reject(circuitId);
            }
            if (customer != null && !customer.groupId().equals(circuit.customer().groupId())) {
                throw STOP_CIRCUITS_OF_SEVERAL_CUSTOMERS.reject(String.join(", ", circuitIds));
            }
            customer = circuit.customer();
        }
        return customer;
    }

    static String reason(String reason) {
        return required(reason, STOP_REASON_REQUIRED);
    }

    static String requestedDate(String date) {
        try {
            return LocalDate.parse(date == null ? "" : date.strip()).toString();
        } catch (DateTimeParseException e) {
            throw STOP_REQUESTED_DATE_INVALID.reject(String.valueOf(date));
        }
    }

    /**
     * The open tickets of the circuits, which a stop or a suspension tells; with any, a reason must be stated
     * (Art. 33–34). A resume takes a circuit back into service: its tickets are not in its way.
     */
    static List<String> openTickets(DispatchStopForm command, List<String> circuitIds) {
        if (command.requestType() == StopRequestType.RESUME || command.openFaultTickets() == null) {
            return List.of();
        }
        List<String> circuitsWithTickets = new ArrayList<>();
        List<String> tickets = new ArrayList<>();
        for (String circuitId : circuitIds) {
            List<String> open = command.openFaultTickets().getOrDefault(circuitId, List.of());
            if (!open.isEmpty()) {
                circuitsWithTickets.add(circuitId);
                tickets.addAll(open);
            }
        }
        if (!tickets.isEmpty() && isBlank(command.openTicketReason())) {
            throw STOP_OPEN_FAULT_TICKETS.reject(String.join(", ", circuitsWithTickets), String.join(", ", tickets));
        }
        return tickets;
    }

    /** Art. 4: stop-first only when GCD asks for it with a reason. */
    static String stopFirstReason(RequestAdjustment command) {
        return command.stopFirst() ? required(command.stopFirstReason(), STOP_FIRST_REASON_REQUIRED) : null;
    }

    static String required(String text, DecommissionRejection missing) {
        if (isBlank(text)) {
            throw missing.reject();
        }
        return text.strip();
    }

    static String orEmpty(String text) {
        return text == null ? "" : text.strip();
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
