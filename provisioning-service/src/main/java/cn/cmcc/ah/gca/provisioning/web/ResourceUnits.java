package cn.cmcc.ah.gca.provisioning.web;

import cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection;
import cn.cmcc.ah.gca.provisioning.config.ProvisioningProperties;
import cn.cmcc.ah.gca.support.web.Actor;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The resource management units this branch has ({@code gca.provisioning.resource-units}): a unit code a caller names
 * must be one of them (Art. 19–21), else 422.
 */
@Component
class ResourceUnits {

    private static final Pattern CODE = Pattern.compile(DemandRequests.UNIT_CODE);

    private final Map<String, String> names = new LinkedHashMap<>();

    ResourceUnits(ProvisioningProperties properties) {
        for (ProvisioningProperties.ResourceUnit unit : properties.resourceUnits()) {
            if (unit.code() == null || !CODE.matcher(unit.code()).matches()) {
                throw new IllegalStateException("gca.provisioning.resource-units: malformed code " + unit.code());
            }
            if (names.put(unit.code(), unit.name()) != null) {
                throw new IllegalStateException("gca.provisioning.resource-units: " + unit.code() + " twice");
            }
        }
        if (names.isEmpty()) {
            throw new IllegalStateException("gca.provisioning.resource-units: no unit configured");
        }
    }

    /** A code no unit can have (a path segment of any length) is malformed (400), not echoed back as unknown. */
    /** As {@link #require(String, String)}, and the caller's own unit when its RMU token names one (403 otherwise). */
    void requireActingFor(Actor actor, String formId, String code) {
        require(formId, code);
        actor.unitScope().filter(own -> !own.equals(code)).ifPresent(own -> {
            throw ProvisioningRejection.NOT_OWN_RESOURCE_UNIT.reject(code, own);
        });
    }

    void require(String formId, String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw ProvisioningRejection.RESOURCES_UNIT_INVALID.reject(formId,
                    code == null ? "" : code.length() > 32 ? code.substring(0, 32) + "…" : code);
        }
        if (!names.containsKey(code)) {
            throw ProvisioningRejection.UNKNOWN_RESOURCE_UNIT.reject(code, String.join(", ", names.keySet()));
        }
    }
}
