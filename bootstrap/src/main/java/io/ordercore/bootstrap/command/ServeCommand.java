package io.ordercore.bootstrap.command;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ordercore serve}: the web service, until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the web service (HTTP API, Swagger UI, health).",
                "Uses PostgreSQL when ORDERCORE_DB_URL is set, else the embedded H2 database under ./data."})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", description = "HTTP port (default: ORDERCORE_PORT or 8080; 0 picks a free one).")
    Integer port;

    @Spec
    CommandSpec spec;

    private final Map<String, Object> properties;
    private ApplicationContext running;

    public ServeCommand(Map<String, Object> properties) {
        this.properties = properties;
    }

    @Override
    public Integer call() {
        Map<String, Object> settings = new java.util.HashMap<>(properties);
        settings.putIfAbsent("ordercore.notifications.dispatch", true);
        settings.putIfAbsent("ordercore.dispatch.scheduler", true);
        if (port != null) {
            settings.put("micronaut.server.port", port);
        }
        if (!settings.containsKey("micronaut.security.token.jwt.signatures.secret.generator.secret")
                && System.getProperty("micronaut.security.token.jwt.signatures.secret.generator.secret") == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "set ORDERCORE_JWT_SECRET (at least 32 characters, the same on every instance) to sign sign-in tokens");
        }
        Micronaut app = Micronaut.build(new String[0]);
        app.properties(settings);
        app.banner(false);
        app.deduceEnvironment(false);
        running = app.start();
        EmbeddedServer server = running.getBean(EmbeddedServer.class);
        spec.commandLine().getErr().printf("ordercore is serving on %s%n", server.getURL());
        spec.commandLine().getErr().flush();
        return 0;
    }

    /** Whether the server was started (the launcher then keeps the process alive instead of exiting). */
    public boolean isServing() {
        return running != null && running.isRunning();
    }

    /** Where the running server listens. */
    public java.net.URL url() {
        return running.getBean(EmbeddedServer.class).getURL();
    }

    /** Stops the server and its database pool (the process's shutdown hook does this on Ctrl-C). */
    public void stop() {
        if (running != null) {
            running.close();
            running = null;
        }
    }
}
