package cn.cmcc.ah.gca.decommission.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * decommission-service's own settings ({@code gca.decommission.*}).
 *
 * @param resourceUnits the resource management units that change the status of released resources (Art. 34)
 * @param adjustment    how long an adjustment may wait for another service's step before it is flagged stalled
 */
@ConfigurationProperties("gca.decommission")
public record DecommissionProperties(List<ResourceUnit> resourceUnits, @DefaultValue Adjustment adjustment) {

    public DecommissionProperties {
        resourceUnits = resourceUnits == null ? List.of() : List.copyOf(resourceUnits);
    }

    /** The unit codes CSSC may name. */
    public Set<String> unitCodes() {
        Set<String> codes = new LinkedHashSet<>();
        resourceUnits.forEach(unit -> codes.add(unit.code()));
        return codes;
    }

    /** A resource management unit (资源管理单位): its code and name. */
    public record ResourceUnit(String code, String name) {
    }

    /** @param stallAfter the limits per wait (decision: the source sets none) */
    public record Adjustment(@DefaultValue StallAfter stallAfter) {
    }

    /**
     * @param confirmationForm  for GCD's form 1 on presale (Art. 35)
     * @param newLineActivation for the new line's activation (Art. 36)
     * @param changeAcceptance  for the configuration change's archived acceptance (Art. 37)
     */
    public record StallAfter(@DefaultValue("P3D") Duration confirmationForm,
                             @DefaultValue("P60D") Duration newLineActivation,
                             @DefaultValue("P15D") Duration changeAcceptance) {
    }
}
