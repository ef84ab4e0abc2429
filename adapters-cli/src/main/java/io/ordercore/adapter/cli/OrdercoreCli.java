package io.ordercore.adapter.cli;

import io.ordercore.application.service.Ordercore;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The admin CLI over the core's use cases, as a picocli {@link CommandLine} named
 * {@code ordercore}. The host adds its own subcommands with {@link CommandLine#addSubcommand}
 * and runs it with {@link CommandLine#execute}; exit codes are in {@link ExitCodes}.
 *
 * <pre>
 * int exit = OrdercoreCli.create(() -&gt; core).execute(args);
 * </pre>
 */
public final class OrdercoreCli {

    private OrdercoreCli() {
    }

    /**
     * With the process's environment variables and standard input.
     *
     * @param core called only when a command is about to use the core, never for help or usage
     *             errors, so a host may open its database inside it
     */
    public static CommandLine create(Supplier<Ordercore> core) {
        return create(core, CliEnvironment.system());
    }

    /** Like {@link #create(Supplier)}, reading environment variables and standard input from {@code environment}. */
    public static CommandLine create(Supplier<Ordercore> core, CliEnvironment environment) {
        CliContext context = new CliContext(core, environment);
        ErrorHandler errors = new ErrorHandler();
        CommandLine cli = new CommandLine(OrdercoreCommand.class, new CliFactory(context));
        cli.getCommandSpec().usageMessage().footer(ExitCodes.USAGE_FOOTER);
        return cli.setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors);
    }
}
