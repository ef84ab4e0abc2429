package io.ordercore.adapter.cli;

import picocli.CommandLine.Option;

/** The {@code --format table|json} option, mixed into every command that prints a result. */
public final class FormatOption {

    @Option(names = "--format", paramLabel = "FORMAT", description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format = OutputFormat.TABLE;

    public boolean json() {
        return format == OutputFormat.JSON;
    }
}
