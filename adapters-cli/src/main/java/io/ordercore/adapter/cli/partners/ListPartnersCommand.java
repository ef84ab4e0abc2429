package io.ordercore.adapter.cli.partners;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.ListFormatOption;
import io.ordercore.adapter.cli.ListInputs;
import io.ordercore.adapter.cli.output.Csv;
import io.ordercore.adapter.cli.output.Json;
import io.ordercore.adapter.cli.output.MoneyView;
import io.ordercore.adapter.cli.output.Table;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.PartnerView;
import io.ordercore.domain.shared.Validation;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "list", sortOptions = false, description = {
    "List partners by id, a page at a time.",
    "table  aligned columns; when more may follow, the next --after is on stderr",
    "json   {\"items\":[{\"id\",\"email\",\"name\",\"code\",\"commissionPercent\",",
    "       \"ownCommissionPercent\"|null,\"balance\":{\"amount\",\"currency\"},",
    "       \"referralLink\",\"since\"}],\"nextAfter\":ID|null}",
    "       (commissionPercent applies now; ownCommissionPercent is null when",
    "       the global percentage applies)",
    "csv    RFC 4180, the item fields as header, balance as 'balance' (amount)",
    "       and 'currency'; the next --after is on stderr",
    ""})
final class ListPartnersCommand extends CliCommand {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    @Option(names = {"--after", "--after-id"}, paramLabel = "ID", description = "Only partners with a larger id (the next page).")
    Long after;

    @Option(names = "--limit", paramLabel = "N", description = "Page size, 1.." + MAX_LIMIT + " (default " + DEFAULT_LIMIT + ").")
    Integer limit;

    @Mixin
    ListFormatOption format;

    ListPartnersCommand(CliContext cli) {
        super(cli);
    }

    @Override
    public Integer call() {
        Validation v = new Validation();
        long afterId = ListInputs.id(v, "after", after).orElse(0L);
        int size = ListInputs.limit(v, limit, DEFAULT_LIMIT, MAX_LIMIT);
        v.throwIfInvalid();
        Caller caller = caller();
        List<PartnerView> partners = core().partners().list(caller, afterId, size);
        Long nextAfter = partners.size() == size ? partners.get(partners.size() - 1).partner().account().value() : null;
        switch (format.format()) {
            case JSON -> Json.print(out(), new PartnerViews.Page(partners.stream().map(PartnerViews::json).toList(), nextAfter));
            case CSV -> Csv.print(out(), PartnerViews.CSV_HEADER, partners.stream().map(PartnerViews::row).toList());
            case TABLE -> {
                Table table = new Table("ID", "EMAIL", "NAME", "CODE", "COMMISSION", "SOURCE", "BALANCE");
                partners.forEach(p -> table.row(p.partner().account(), p.email(), p.name(), p.partner().code(),
                        p.commission().value() + "%", PartnerViews.source(p.partner()),
                        MoneyView.text(p.balance())));
                table.print(out());
            }
        }
        if (nextAfter != null && !format.json()) {
            err().println("more partners may follow: repeat with --after " + nextAfter);
            err().flush();
        }
        return ExitCodes.OK;
    }
}
