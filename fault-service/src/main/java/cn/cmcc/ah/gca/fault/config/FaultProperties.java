package cn.cmcc.ah.gca.fault.config;

import cn.cmcc.ah.gca.events.ServiceLevel;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.Set;

/**
 * fault-service's own settings ({@code gca.fault.*}).
 *
 * @param directReportLevels the service levels of the important group customers (重要集团客户) who may report a fault
 *                           directly to CSSC (Art. 24; the source names no level: a decision, configurable)
 * @param contactKey         base64 of the 32-byte AES key that seals reporters' contacts; fault-service alone holds
 *                           it, and forgetting it forgets every contact (docs/events.md, "Personal data")
 * @param contactKeyId       the name of that key, written before every sealed contact so that a rotated key can tell
 *                           its own from an older one's ({@code [A-Za-z0-9._-]{1,32}})
 */
@ConfigurationProperties("gca.fault")
public record FaultProperties(
        @DefaultValue({"AAA", "AA"}) Set<ServiceLevel> directReportLevels,
        String contactKey,
        String contactKeyId) {

    public FaultProperties {
        directReportLevels = directReportLevels == null ? Set.of() : Set.copyOf(directReportLevels);
    }
}
