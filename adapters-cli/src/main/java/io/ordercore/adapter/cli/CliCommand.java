package io.ordercore.adapter.cli;

import io.ordercore.application.port.in.Caller;
import io.ordercore.application.service.Ordercore;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A command that does something (as opposed to a group). Output goes only through picocli's
 * writers, so tests and embedding hosts can capture it.
 */
public abstract class CliCommand implements Callable<Integer> {

    @Spec
    protected CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--verbose", description = "On an unexpected failure, print the stack trace.")
    boolean verbose;

    protected final CliContext cli;

    protected CliCommand(CliContext cli) {
        this.cli = cli;
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /**
     * The account the command acts as ({@code --as} or {@code ORDERCORE_CLI_AS}). Call it before
     * {@link #core()}: without a name it is a usage error and the core stays closed.
     */
    protected Caller caller() {
        return cli.caller(spec);
    }

    /** The core; opened on first use, so call it after checking what can be checked without it. */
    protected Ordercore core() {
        return cli.core();
    }
}
