package cn.cmcc.ah.gca.sla;

import cn.cmcc.ah.gca.support.GcaApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Projects every service's events into SLA clocks and watches their deadlines (sla-rules.md). */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class SlaMonitorApplication {

    public static final String NAME = "sla-monitor";

    public static void main(String[] args) {
        GcaApplication.run(SlaMonitorApplication.class, NAME, args);
    }
}
