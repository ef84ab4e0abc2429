package io.ordercore.adapter.cli.dispatch;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.FormatOption;
import io.ordercore.adapter.cli.ListInputs;
import io.ordercore.adapter.cli.output.Json;
import io.ordercore.domain.shared.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "run", sortOptions = false, description = {
    "Run the due scheduled dispatch work once; prints how many items were handled.",
    "Due items are dispatch retries, confirmation timeouts, critical times and",
    "ended windows. Each is handled exactly once, even while the service's own",
    "scheduler runs. Prints 'handled N scheduled items', with --format json",
    "{\"handled\":N}."})
final class RunScheduledCommand extends CliCommand {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 10_000;

    @Option(names = "--limit", paramLabel = "N", description = "At most this many items, 1.." + MAX_LIMIT + " (default "
            + DEFAULT_LIMIT + ").")
    Integer limit;

    @Mixin
    FormatOption format;

    RunScheduledCommand(CliContext cli) {
        super(cli);
    }

    @Override
    public Integer call() {
        Validation v = new Validation();
        int size = ListInputs.limit(v, limit, DEFAULT_LIMIT, MAX_LIMIT);
        v.throwIfInvalid();
        // The use case takes no caller; the account is still resolved, so an unknown or blocked one is refused.
        caller();
        int handled = core().dispatch().runScheduled(caller(), size);
        if (format.json()) {
            Json.print(out(), new DispatchViews.HandledJson(handled));
        } else {
            out().println("handled " + handled + (handled == 1 ? " scheduled item" : " scheduled items"));
            out().flush();
        }
        return ExitCodes.OK;
    }
}
