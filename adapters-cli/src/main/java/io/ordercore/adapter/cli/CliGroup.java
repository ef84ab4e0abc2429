package io.ordercore.adapter.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** A command that only holds subcommands: run alone, it is a usage error that shows its usage. */
public abstract class CliGroup implements Callable<Integer> {

    @Spec
    protected CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    // Accepted at every level, so it can go anywhere on the line; ErrorHandler reads it from the parse result.
    @Option(names = "--verbose", description = "On an unexpected failure, print the stack trace.")
    boolean verbose;

    @Override
    public Integer call() {
        ErrorOutput.print(spec.commandLine().getErr(), false, ErrorOutput.USAGE_ERROR, "choose a command", List.of());
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
