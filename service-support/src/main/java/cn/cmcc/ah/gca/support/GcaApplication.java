package cn.cmcc.ah.gca.support;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts a service with the shared defaults ({@code gca-defaults.yml}) and its own {@code <service-name>.yml}.
 * Services name their configuration after themselves so that several can share one classpath in the system tests.
 */
public final class GcaApplication {

    /** Axon's switch for its update checker (read by {@code org.axonframework.updates}). */
    public static final String UPDATE_CHECKER_DISABLED = "axoniq.update-checker.disabled";

    private GcaApplication() {
    }

    public static String configNames(String serviceName) {
        return "gca-defaults," + serviceName;
    }

    public static SpringApplicationBuilder builder(Class<?> applicationClass, String serviceName) {
        return new SpringApplicationBuilder(applicationClass)
                .properties("spring.config.name=" + configNames(serviceName));
    }

    /**
     * Starts a service. Axon's update checker, which would send anonymous usage data to AxonIQ from every start, is
     * switched off unless the operator sets {@code axoniq.update-checker.disabled} (or its environment variable).
     */
    public static ConfigurableApplicationContext run(Class<?> applicationClass, String serviceName, String... args) {
        if (System.getProperty(UPDATE_CHECKER_DISABLED) == null
                && System.getenv("AXONIQ_UPDATE_CHECKER_DISABLED") == null) {
            System.setProperty(UPDATE_CHECKER_DISABLED, "true");
        }
        return builder(applicationClass, serviceName).run(args);
    }

}
