package io.ordercore.bootstrap;

import io.ordercore.adapter.cli.CliEnvironment;
import io.ordercore.adapter.cli.OrdercoreCli;
import io.ordercore.bootstrap.command.DbCommand;
import io.ordercore.bootstrap.command.ServeCommand;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import io.micronaut.jdbc.DataSourceResolver;
import javax.sql.DataSource;
import picocli.CommandLine;

/**
 * Builds the one command line of the {@code ordercore} executable: the admin CLI's groups plus
 * {@code serve} and {@code db}. Databases are opened only by commands that need them.
 */
final class Launcher implements AutoCloseable {

    private final LazyContext admin;
    private final LazyContext maintenance;
    private final ServeCommand serve;
    private final CommandLine commandLine;

    /** @param properties configuration on top of application.yml and the environment (tests use it) */
    Launcher(Map<String, Object> properties) {
        this(properties, CliEnvironment.system());
    }

    /** @param environment the environment variables and standard input the CLI reads (tests hand in their own) */
    Launcher(Map<String, Object> properties, CliEnvironment environment) {
        this.admin = new LazyContext(properties);
        Map<String, Object> noAutoMigration = new HashMap<>(properties);
        noAutoMigration.put("flyway.datasources.default.enabled", false);
        this.maintenance = new LazyContext(noAutoMigration);
        this.serve = new ServeCommand(properties);
        this.commandLine = OrdercoreCli.create(admin::core, environment);
        commandLine.addSubcommand("serve", new CommandLine(serve));
        CommandLine db = new CommandLine(new DbCommand());
        db.addSubcommand("migrate", new CommandLine(new DbCommand.Migrate(this::plainDataSource)));
        commandLine.addSubcommand("db", db);
    }

    /** The pool itself, not Micronaut's transaction-aware proxy, which needs a surrounding connection scope. */
    private DataSource plainDataSource() {
        DataSource proxy = maintenance.get().getBean(DataSource.class);
        return maintenance.get().findBean(DataSourceResolver.class).orElse(DataSourceResolver.DEFAULT).resolve(proxy);
    }

    int run(String[] args, PrintWriter out, PrintWriter err) {
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args);
    }

    boolean serving() {
        return serve.isServing();
    }

    /** The running server's address (after {@code serve}). */
    java.net.URL servingAt() {
        return serve.url();
    }

    /** Whether any command opened the database (for tests of the help paths). */
    boolean openedDatabase() {
        return admin.started() || maintenance.started();
    }

    @Override
    public void close() {
        serve.stop();
        admin.close();
        maintenance.close();
    }
}
