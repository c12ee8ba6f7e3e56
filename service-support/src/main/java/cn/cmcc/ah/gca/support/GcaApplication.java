package cn.cmcc.ah.gca.support;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts a service with the shared defaults ({@code gca-defaults.yml}) and its own {@code <service-name>.yml}.
 * Services name their configuration after themselves so that several can share one classpath in the system tests.
 */
public final class GcaApplication {

    private GcaApplication() {
    }

    public static String configNames(String serviceName) {
        return "gca-defaults," + serviceName;
    }

    public static SpringApplicationBuilder builder(Class<?> applicationClass, String serviceName) {
        return new SpringApplicationBuilder(applicationClass)
                .properties("spring.config.name=" + configNames(serviceName));
    }

    public static ConfigurableApplicationContext run(Class<?> applicationClass, String serviceName, String... args) {
        return builder(applicationClass, serviceName).run(args);
    }
}
