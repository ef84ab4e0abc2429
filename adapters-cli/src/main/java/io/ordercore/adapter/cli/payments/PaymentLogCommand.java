package io.ordercore.adapter.cli.payments;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.ListFormatOption;
import io.ordercore.adapter.cli.ListInputs;
import io.ordercore.adapter.cli.output.Csv;
import io.ordercore.adapter.cli.output.Json;
import io.ordercore.adapter.cli.output.Table;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.out.PaymentGateway.Verdict;
import io.ordercore.application.port.out.Payments.LogEntry;
import io.ordercore.domain.shared.Choices;
import io.ordercore.domain.shared.Validation;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "log", sortOptions = false, description = {
    "List the calls payment gateways made, as received, newest first.",
    "Every call is kept with ordercore's verdict, accepted or not (administrators",
    "only). Verdicts: ACCEPTED, DUPLICATE, BAD_SIGNATURE, MALFORMED,",
    "UNKNOWN_ORDER, WRONG_ACCOUNT, WRONG_AMOUNT, WRONG_CURRENCY, NOT_PAYABLE,",
    "TEST_NOT_ALLOWED.",
    "table  aligned columns without headers and body; when more may follow, the",
    "       next --before is on stderr",
    "json   {\"items\":[{\"id\",\"at\",\"gateway\",\"endpoint\",\"verdict\",",
    "       \"externalId\"|null,\"orderId\"|null,\"headers\",\"body\"}],",
    "       \"nextBefore\":ID|null}  headers: 'name: value' a line, then for a call",
    "       that could not be read '(ordercore: REASON)'; body: the raw body",
    "csv    RFC 4180, the item fields as header; the next --before is on stderr",
    ""})
final class PaymentLogCommand extends CliCommand {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    @Option(names = "--gateway", paramLabel = "G", description = "Calls of this gateway, e.g. paymaster or cloudpayments.")
    String gateway;

    @Option(names = "--verdict", paramLabel = "V", description = "Calls with this verdict (any case).")
    String verdict;

    @Option(names = "--before", paramLabel = "ID", description = "Only calls with a smaller id (the next page).")
    Long before;

    @Option(names = "--limit", paramLabel = "N", description = "Page size, 1.." + MAX_LIMIT + " (default " + DEFAULT_LIMIT + ").")
    Integer limit;

    @Mixin
    ListFormatOption format;

    PaymentLogCommand(CliContext cli) {
        super(cli);
    }

    @Override
    public Integer call() {
        // The core takes any verdict (an unknown one finds nothing) and clamps the page size: both are checked here.
        Validation v = new Validation();
        Optional<Verdict> wanted = v.checkOptional("verdict", verdict, raw -> Choices.parse(Verdict.class, raw));
        ListInputs.id(v, "before", before);
        int size = ListInputs.limit(v, limit, DEFAULT_LIMIT, MAX_LIMIT);
        v.throwIfInvalid();
        String gatewayName = gateway == null ? null : gateway.toLowerCase(Locale.ROOT);
        Caller caller = caller();
        List<LogEntry> entries = core().payments().log(caller, gatewayName, wanted.map(Verdict::name).orElse(null), before,
                size);
        Long nextBefore = entries.size() == size ? entries.get(entries.size() - 1).id() : null;
        switch (format.format()) {
            case JSON -> Json.print(out(), new PaymentViews.LogPage(entries.stream().map(PaymentViews::json).toList(),
                    nextBefore));
            case CSV -> Csv.print(out(), PaymentViews.LOG_CSV_HEADER, entries.stream().map(PaymentViews::row).toList());
            case TABLE -> {
                Table table = new Table("ID", "AT (UTC)", "GATEWAY", "ENDPOINT", "VERDICT", "GATEWAY ID", "ORDER");
                entries.forEach(e -> table.row(e.id(), e.at(), e.gateway(), e.endpoint(), e.verdict(),
                        e.externalId().orElse(null), e.order().orElse(null)));
                table.print(out());
            }
        }
        if (nextBefore != null && !format.json()) {
            err().println("more gateway calls may follow: repeat with --before " + nextBefore);
            err().flush();
        }
        return ExitCodes.OK;
    }
}
