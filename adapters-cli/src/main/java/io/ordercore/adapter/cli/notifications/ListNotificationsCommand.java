package io.ordercore.adapter.cli.notifications;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.ListFormatOption;
import io.ordercore.adapter.cli.ListInputs;
import io.ordercore.adapter.cli.output.Csv;
import io.ordercore.adapter.cli.output.Json;
import io.ordercore.adapter.cli.output.Table;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.OutboxMessage;
import io.ordercore.application.port.in.OutboxQuery;
import io.ordercore.domain.shared.Choices;
import io.ordercore.domain.shared.Validation;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "list", sortOptions = false, description = {
    "List outbox messages, newest first (administrators only).",
    "A page at a time; the table and CSV leave out the message parameters.",
    "table  aligned columns; when more may follow, the next --before is on stderr",
    "json   {\"items\":[{\"id\",\"type\",\"recipient\",\"language\",\"status\",",
    "       \"attempts\",\"createdAt\",\"nextAttemptAt\",\"sentAt\"|null,",
    "       \"lastError\"|null,\"params\":{...}}],\"nextBefore\":ID|null}",
    "csv    RFC 4180, the item fields but params as header; the next --before",
    "       is on stderr",
    ""})
final class ListNotificationsCommand extends CliCommand {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    @Option(names = "--status", paramLabel = "STATUS", description = "PENDING, SENDING, SENT or FAILED.")
    String status;

    @Option(names = "--recipient", paramLabel = "EMAIL", description = "Only messages to this address.")
    String recipient;

    @Option(names = "--before", paramLabel = "ID", description = "Only messages with a smaller id (the next page).")
    Long before;

    @Option(names = "--limit", paramLabel = "N", description = "Page size, 1.." + MAX_LIMIT + " (default " + DEFAULT_LIMIT + ").")
    Integer limit;

    @Mixin
    ListFormatOption format;

    ListNotificationsCommand(CliContext cli) {
        super(cli);
    }

    @Override
    public Integer call() {
        OutboxQuery query = query();
        Caller caller = caller();
        List<OutboxMessage> messages = core().notifications().list(caller, query);
        Long nextBefore = messages.size() == query.limit() ? messages.get(messages.size() - 1).id() : null;
        switch (format.format()) {
            case JSON -> Json.print(out(), new NotificationViews.Page(
                    messages.stream().map(NotificationViews::json).toList(), nextBefore));
            case CSV -> Csv.print(out(), NotificationViews.CSV_HEADER, messages.stream().map(NotificationViews::row).toList());
            case TABLE -> table(messages);
        }
        if (nextBefore != null && !format.json()) {
            err().println("more messages may follow: repeat with --before " + nextBefore);
            err().flush();
        }
        return ExitCodes.OK;
    }

    private OutboxQuery query() {
        Validation v = new Validation();
        Optional<OutboxMessage.Status> statusFilter = v.checkOptional("status", status,
                raw -> Choices.parse(OutboxMessage.Status.class, raw));
        Optional<Long> beforeId = ListInputs.id(v, "before", before);
        int size = ListInputs.limit(v, limit, DEFAULT_LIMIT, MAX_LIMIT);
        v.throwIfInvalid();
        return new OutboxQuery(statusFilter, Optional.ofNullable(recipient), beforeId, size);
    }

    private void table(List<OutboxMessage> messages) {
        Table table = new Table("ID", "TYPE", "RECIPIENT", "STATUS", "ATTEMPTS", "CREATED (UTC)", "NEXT ATTEMPT (UTC)",
                "SENT (UTC)", "LAST ERROR");
        messages.forEach(m -> table.row(m.id(), m.notification().type(), m.notification().recipient(), m.status(),
                m.attempts(), m.createdAt(), m.nextAttemptAt(), m.sentAt().orElse(null), m.lastError().orElse(null)));
        table.print(out());
    }
}
