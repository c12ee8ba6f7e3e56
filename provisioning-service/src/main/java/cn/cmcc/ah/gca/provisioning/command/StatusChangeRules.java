package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.provisioning.StatusChangeConfirmed;
import cn.cmcc.ah.gca.events.provisioning.StatusChangeInfoPassed;
import cn.cmcc.ah.gca.events.provisioning.StatusChangeRequested;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.cmcc.ah.gca.provisioning.command.Guards.orEmpty;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.STATUS_CHANGES_OPEN;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.STATUS_CHANGE_ALREADY_CONFIRMED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.STATUS_CHANGE_UNIT_NOT_INFORMED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.STATUS_INFO_ALREADY_PASSED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.STATUS_INFO_DUPLICATE_UNIT;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.STATUS_INFO_NOT_PASSED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.STATUS_INFO_UNITS_REQUIRED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.STATUS_INFO_UNIT_INVALID;

/**
 * Art. 21: the status change information goes once to at least one RMU, each named once by a well-formed unit code;
 * each unit informed confirms its change once. Which units exist is configuration, checked by the web layer. The
 * changes are given as unit → confirmed, empty until the information is passed.
 */
final class StatusChangeRules {

    private StatusChangeRules() {
    }

    static StatusChangeInfoPassed passed(String formId, Map<String, Boolean> changes, PassStatusChangeInfo command) {
        if (!changes.isEmpty()) {
            throw STATUS_INFO_ALREADY_PASSED.reject(formId);
        }
        requireUnits(formId, command.units());
        return new StatusChangeInfoPassed(formId, command.units(), orEmpty(command.details()), command.at());
    }

    /** One change per unit informed, numbered {@code <form>.<unit>}. */
    static List<StatusChangeRequested> requested(String formId, CustomerRef customer, List<String> units, Instant at) {
        return units.stream().map(unit -> new StatusChangeRequested(formId, unit, formId + "." + unit, customer, at))
                .toList();
    }

    static void requireUnits(String formId, List<String> units) {
        if (units.isEmpty()) {
            throw STATUS_INFO_UNITS_REQUIRED.reject(formId);
        }
        Set<String> seen = new HashSet<>();
        for (String unit : units) {
            if (!Guards.isUnitCode(unit)) {
                throw STATUS_INFO_UNIT_INVALID.reject(formId, String.valueOf(unit));
            }
            if (!seen.add(unit)) {
                throw STATUS_INFO_DUPLICATE_UNIT.reject(formId, unit);
            }
        }
    }

    static StatusChangeConfirmed confirmed(String formId, Map<String, Boolean> changes, ConfirmStatusChange command) {
        requirePassed(formId, changes);
        Boolean confirmed = command.unit() == null ? null : changes.get(command.unit());
        if (confirmed == null) {
            throw STATUS_CHANGE_UNIT_NOT_INFORMED.reject(formId, String.valueOf(command.unit()));
        }
        if (confirmed) {
            throw STATUS_CHANGE_ALREADY_CONFIRMED.reject(formId, command.unit());
        }
        return new StatusChangeConfirmed(formId, command.unit(), formId + "." + command.unit(),
                orEmpty(command.note()), command.at());
    }

    /** Passed, and every unit informed has confirmed. */
    static void requireAllConfirmed(String formId, Map<String, Boolean> changes) {
        requirePassed(formId, changes);
        List<String> open = changes.entrySet().stream().filter(unit -> !unit.getValue())
                .map(Map.Entry::getKey).toList();
        if (!open.isEmpty()) {
            throw STATUS_CHANGES_OPEN.reject(formId, String.join(", ", open));
        }
    }

    private static void requirePassed(String formId, Map<String, Boolean> changes) {
        if (changes.isEmpty()) {
            throw STATUS_INFO_NOT_PASSED.reject(formId);
        }
    }
}
