package cn.cmcc.ah.gca.provisioning.command;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.STATUS_INFO_DUPLICATE_UNIT;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.STATUS_INFO_UNITS_REQUIRED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.STATUS_INFO_UNIT_INVALID;

/**
 * Art. 21: the status change information goes to at least one RMU, each named once by a well-formed unit code. Which
 * units exist is configuration, checked by the web layer.
 */
final class StatusChangeRules {

    private StatusChangeRules() {
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
}
