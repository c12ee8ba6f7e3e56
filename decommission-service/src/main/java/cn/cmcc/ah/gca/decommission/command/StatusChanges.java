package cn.cmcc.ah.gca.decommission.command;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import static cn.cmcc.ah.gca.decommission.command.DecommissionRejection.NOT_OWN_RESOURCE_UNIT;
import static cn.cmcc.ah.gca.decommission.command.DecommissionRejection.STATUS_CHANGE_ALREADY_CONFIRMED;
import static cn.cmcc.ah.gca.decommission.command.DecommissionRejection.STATUS_CHANGE_ALREADY_REQUESTED;
import static cn.cmcc.ah.gca.decommission.command.DecommissionRejection.STATUS_CHANGE_NOT_REQUESTED;
import static cn.cmcc.ah.gca.decommission.command.DecommissionRejection.STATUS_UNITS_REQUIRED;
import static cn.cmcc.ah.gca.decommission.command.DecommissionRejection.STATUS_UNIT_NOT_NAMED;
import static cn.cmcc.ah.gca.decommission.command.DecommissionRejection.STATUS_UNIT_UNKNOWN;

/**
 * Art. 34 (组织资源管理系统中的资源状态的变更): CSSC names the resource management units involved, once, from the
 * configured ones; each named unit confirms once, and a unit's own token only for itself.
 */
final class StatusChanges {

    private StatusChanges() {
    }

    static void requireNotRequested(String formId, Map<String, Boolean> units, boolean done) {
        if (!units.isEmpty() || done) {
            throw STATUS_CHANGE_ALREADY_REQUESTED.reject(formId);
        }
    }

    /** The units named, each once, every one configured. */
    static List<String> units(String formId, RequestStatusChange command) {
        LinkedHashSet<String> named = new LinkedHashSet<>();
        if (command.units() != null) {
            command.units().stream().filter(unit -> unit != null && !unit.isBlank()).map(String::strip)
                    .forEach(named::add);
        }
        if (named.isEmpty()) {
            throw STATUS_UNITS_REQUIRED.reject();
        }
        for (String unit : named) {
            if (command.knownUnits() == null || !command.knownUnits().contains(unit)) {
                throw STATUS_UNIT_UNKNOWN.reject(formId, unit);
            }
        }
        return List.copyOf(named);
    }

    /** The unit confirming: named by CSSC, not confirmed yet, and the caller's own if its token names one. */
    static String confirmable(String formId, Map<String, Boolean> units, ConfirmStatusChange command) {
        if (units.isEmpty()) {
            throw STATUS_CHANGE_NOT_REQUESTED.reject(formId);
        }
        String unit = command.unit() == null ? "" : command.unit().strip();
        if (command.actingUnit() != null && command.actingUnit().isPresent()
                && !command.actingUnit().get().equals(unit)) {
            throw NOT_OWN_RESOURCE_UNIT.reject(formId, unit, command.actingUnit().get());
        }
        Boolean confirmed = units.get(unit);
        if (confirmed == null) {
            throw STATUS_UNIT_NOT_NAMED.reject(formId, unit);
        }
        if (confirmed) {
            throw STATUS_CHANGE_ALREADY_CONFIRMED.reject(formId, unit);
        }
        return unit;
    }
}
