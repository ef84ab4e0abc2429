package io.ordercore.bootstrap.command;

import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ordercore db ...}: database maintenance. */
@Command(name = "db", mixinStandardHelpOptions = true, description = "Database maintenance.")
public final class DbCommand {

    /** {@code ordercore db migrate}: applies pending migrations and reports the schema version. */
    @Command(name = "migrate", mixinStandardHelpOptions = true,
            description = "Apply pending schema migrations to the configured database and print the schema version.")
    public static final class Migrate implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        private final Supplier<DataSource> dataSource;

        public Migrate(Supplier<DataSource> dataSource) {
            this.dataSource = dataSource;
        }

        @Override
        public Integer call() {
            MigrateResult result = Flyway.configure()
                    .dataSource(dataSource.get())
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            spec.commandLine().getOut().printf("applied %d migration(s); schema version %s%n",
                    result.migrationsExecuted, result.targetSchemaVersion == null ? "unchanged" : result.targetSchemaVersion);
            return 0;
        }
    }
}
