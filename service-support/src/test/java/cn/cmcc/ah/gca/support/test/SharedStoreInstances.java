package cn.cmcc.ah.gca.support.test;

import cn.cmcc.ah.gca.support.GcaApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Instances of one service started as production runs them side by side: each a Spring context of its own, all on
 * one database of the embedded store (a fresh one per use) and the embedded broker; closed in reverse order. For the
 * "two instances answer as one" tests of every service.
 */
public final class SharedStoreInstances implements AutoCloseable {

    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    private SharedStoreInstances() {
    }

    /** Starts {@code count} instances of the service on a new shared database. */
    public static SharedStoreInstances start(Class<?> application, String serviceName, int count) {
        String database = serviceName + "-shared-" + UUID.randomUUID().toString().substring(0, 8);
        SharedStoreInstances started = new SharedStoreInstances();
        for (int i = 0; i < count; i++) {
            started.instances.add(GcaApplication.builder(application, serviceName)
                    .run(TestInfrastructure.embedded().instanceArguments(database)));
        }
        return started;
    }

    /** The {@code index}-th instance's context. */
    public ConfigurableApplicationContext context(int index) {
        return instances.get(index);
    }

    /** The {@code index}-th instance's HTTP port. */
    public Http http(int index) {
        return Http.localhost(((WebServerApplicationContext) context(index)).getWebServer().getPort());
    }

    @Override
    public void close() {
        for (int i = instances.size() - 1; i >= 0; i--) {
            instances.get(i).close();
        }
        instances.clear();
    }
}
