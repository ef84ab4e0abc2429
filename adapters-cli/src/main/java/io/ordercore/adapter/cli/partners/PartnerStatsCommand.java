package io.ordercore.adapter.cli.partners;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.FormatOption;
import io.ordercore.adapter.cli.output.Json;
import io.ordercore.adapter.cli.output.MoneyView;
import io.ordercore.adapter.cli.output.Table;
import io.ordercore.application.port.in.Caller;
import io.ordercore.domain.partner.PartnerStats;
import io.ordercore.domain.shared.MoscowTime;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "stats", sortOptions = false, description = {
    "Count a partner's clients, paid orders and commission.",
    "Over whole days, Moscow time, both included (by default the current month",
    "up to today): clients who registered through the partner's code, orders",
    "paid with a commission, what was paid and the commission credited.",
    "JSON: {\"partnerId\",\"from\":\"YYYY-MM-DD\",\"to\":\"YYYY-MM-DD\",\"clients\",",
    "  \"paidOrders\",\"paid\":{\"amount\",\"currency\"},\"commission\":{...}}"})
final class PartnerStatsCommand extends CliCommand {

    @Parameters(paramLabel = "ID", description = "The partner's (account) id.")
    long id;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "The first day (Moscow); default: the 1st of this month.")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "The last day (Moscow), included; default: today.")
    String to;

    @Mixin
    FormatOption format;

    PartnerStatsCommand(CliContext cli) {
        super(cli);
    }

    @Override
    public Integer call() {
        long partnerId = PartnerViews.id(id);
        Caller caller = caller();
        PartnerStats stats = core().partners().stats(caller, partnerId, from, to);
        // The core counts over [first day 00:00, day after the last 00:00) Moscow; shown as the days typed.
        LocalDate first = LocalDate.ofInstant(stats.from(), MoscowTime.ZONE);
        LocalDate last = LocalDate.ofInstant(stats.to(), MoscowTime.ZONE).minusDays(1);
        if (format.json()) {
            Json.print(out(), new PartnerViews.StatsJson(partnerId, first.toString(), last.toString(), stats.clients(),
                    stats.paidOrders(), MoneyView.of(stats.paid()), MoneyView.of(stats.commission())));
        } else {
            Table.record()
                    .row("partner", partnerId)
                    .row("period", first + " .. " + last + " (Moscow)")
                    .row("clients", stats.clients())
                    .row("paid orders", stats.paidOrders())
                    .row("paid", MoneyView.text(stats.paid()))
                    .row("commission", MoneyView.text(stats.commission()))
                    .print(out());
        }
        return ExitCodes.OK;
    }
}
