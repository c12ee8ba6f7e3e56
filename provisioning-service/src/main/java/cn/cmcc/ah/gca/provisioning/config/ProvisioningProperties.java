package cn.cmcc.ah.gca.provisioning.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;

/**
 * provisioning-service's own settings ({@code gca.provisioning.*}).
 *
 * @param resourceUnits the resource management units (资源管理单位) that register resources (Art. 19–20) and change
 *                      resource status (Art. 21): the codes CSSC names when it passes the status change information
 */
@ConfigurationProperties("gca.provisioning")
public record ProvisioningProperties(@DefaultValue List<ResourceUnit> resourceUnits) {

    /**
     * One RMU.
     *
     * @param code e.g. {@code RMU-CORE}: {@code [A-Z][A-Z0-9-]{1,31}}
     * @param name e.g. 核心网资源管理中心
     */
    public record ResourceUnit(String code, String name) {
    }
}
