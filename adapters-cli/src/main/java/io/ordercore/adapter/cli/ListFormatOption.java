package io.ordercore.adapter.cli;

import picocli.CommandLine.Option;

/** The {@code --format table|json|csv} option of list commands. */
public final class ListFormatOption {

    @Option(names = "--format", paramLabel = "FORMAT", description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ListFormat format = ListFormat.TABLE;

    public ListFormat format() {
        return format;
    }

    public boolean json() {
        return format == ListFormat.JSON;
    }
}
