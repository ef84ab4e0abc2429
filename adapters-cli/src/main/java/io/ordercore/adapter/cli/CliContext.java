package io.ordercore.adapter.cli;

import io.ordercore.application.port.in.Caller;
import io.ordercore.application.service.Ordercore;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * What every command gets: the core, fetched only when the command actually runs, the process
 * environment, and the account the CLI acts as.
 */
public final class CliContext {

    /** The environment variable naming the account to act as when {@code --as} is not given. */
    public static final String AS_VARIABLE = "ORDERCORE_CLI_AS";
    static final String AS_OPTION = "--as";
    static final String NO_IDENTITY = "name the account to act as: --as EMAIL or " + AS_VARIABLE;

    private final Supplier<Ordercore> core;
    private final CliEnvironment environment;

    CliContext(Supplier<Ordercore> core, CliEnvironment environment) {
        this.core = Objects.requireNonNull(core, "core");
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    /** Opens the core (and, in the real executable, the database); call it only after the input is checked. */
    public Ordercore core() {
        return core.get();
    }

    public CliEnvironment environment() {
        return environment;
    }

    /** The e-mail named by {@code --as}, else by {@link #AS_VARIABLE}; empty when neither names one. Opens nothing. */
    public Optional<String> identity(CommandSpec command) {
        String named = asOption(command);
        if (named == null) {
            named = environment.variables().apply(AS_VARIABLE);
        }
        return Optional.ofNullable(named).map(String::trim).filter(e -> !e.isEmpty());
    }

    /**
     * The account to act as, checked by the core: every use case applies its role and audits it by name.
     *
     * @throws ParameterException (a usage error) before the core is opened when no account is named
     * @throws io.ordercore.application.port.in.UnauthenticatedException for an unknown or blocked account
     */
    public Caller.SignedIn caller(CommandSpec command) {
        String email = identity(command).orElseThrow(() -> new ParameterException(command.commandLine(), NO_IDENTITY));
        return core().authenticate().asAccount(email);
    }

    /** The value of the nearest {@code --as} above the command (the root's), null when it was not given. */
    private static String asOption(CommandSpec command) {
        for (CommandSpec spec = command; spec != null; spec = spec.parent()) {
            OptionSpec option = spec.findOption(AS_OPTION);
            if (option != null) {
                return option.getValue();
            }
        }
        return null;
    }
}
