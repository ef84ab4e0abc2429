package io.ordercore.bootstrap;

import io.micronaut.context.ApplicationContext;
import io.ordercore.application.service.Ordercore;
import java.util.Map;

/**
 * The Micronaut context for admin commands, started on first use only: {@code --help} and usage
 * errors never open the database. No HTTP server is started.
 */
final class LazyContext implements AutoCloseable {

    private final Map<String, Object> properties;
    private ApplicationContext context;

    LazyContext(Map<String, Object> properties) {
        this.properties = Map.copyOf(properties);
    }

    synchronized ApplicationContext get() {
        if (context == null) {
            context = ApplicationContext.builder()
                    .properties(properties)
                    .environments("cli")
                    .deduceEnvironment(false)
                    .banner(false)
                    .start();
        }
        return context;
    }

    Ordercore core() {
        return get().getBean(Ordercore.class);
    }

    synchronized boolean started() {
        return context != null;
    }

    @Override
    public synchronized void close() {
        if (context != null) {
            context.close();
            context = null;
        }
    }
}
