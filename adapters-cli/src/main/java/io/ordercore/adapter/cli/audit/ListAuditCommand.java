package io.ordercore.adapter.cli.audit;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.FormatOption;
import io.ordercore.adapter.cli.ListInputs;
import io.ordercore.adapter.cli.output.Json;
import io.ordercore.adapter.cli.output.Table;
import io.ordercore.application.port.in.AuditEntry;
import io.ordercore.application.port.in.AuditQuery;
import io.ordercore.application.port.in.Caller;
import io.ordercore.domain.shared.Validation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "list", sortOptions = false, description = {
    "List audit entries, newest first (administrators only).",
    "A page at a time. TIME is YYYY-MM-DD (Moscow midnight) or an ISO-8601",
    "instant.",
    "table  aligned columns; when more may follow, the next --before is on stderr",
    "json   {\"items\":[{\"id\",\"at\",\"actor\":{\"label\",\"accountId\",\"role\"},",
    "       \"impersonator\":{...}|null,\"action\",\"target\",\"outcome\",",
    "       \"errorCode\"|null}],\"nextBefore\":ID|null}",
    "       outcome is OK, REFUSED or FAILED; a system actor has accountId and",
    "       role null.",
    ""})
final class ListAuditCommand extends CliCommand {

    static final int DEFAULT_LIMIT = 100;

    @Option(names = "--actor", paramLabel = "EMAIL",
            description = "Done by this account (or as its impersonator), or a label like system:NAME.")
    String actor;

    @Option(names = "--target", paramLabel = "TARGET", description = "Exactly this target (order:42), or all of a kind (order:).")
    String target;

    @Option(names = "--since", paramLabel = "TIME", description = "At or after this time.")
    String since;

    @Option(names = "--before", paramLabel = "ID", description = "Only entries with a smaller id (the next page).")
    Long before;

    @Option(names = "--limit", paramLabel = "N",
            description = "Page size, 1.." + AuditQuery.MAX_LIMIT + " (default " + DEFAULT_LIMIT + ").")
    Integer limit;

    @Mixin
    FormatOption format;

    ListAuditCommand(CliContext cli) {
        super(cli);
    }

    @Override
    public Integer call() {
        AuditQuery query = query();
        Caller caller = caller();
        List<AuditEntry> entries = core().readAudit().list(caller, query);
        Long nextBefore = entries.size() == query.limit() ? entries.get(entries.size() - 1).id() : null;
        if (format.json()) {
            Json.print(out(), new AuditViews.Page(entries.stream().map(AuditViews::json).toList(), nextBefore));
            return ExitCodes.OK;
        }
        Table table = new Table("ID", "AT (UTC)", "ACTOR", "ROLE", "IMPERSONATOR", "ACTION", "TARGET", "OUTCOME", "ERROR");
        entries.forEach(e -> table.row(e.id(), e.at(), e.actor().label(), e.actor().role().orElse(null),
                e.impersonator().map(AuditEntry.Party::label).orElse(null), e.action(), e.target(), e.outcome(),
                e.errorCode().orElse(null)));
        table.print(out());
        if (nextBefore != null) {
            err().println("more entries may follow: repeat with --before " + nextBefore);
            err().flush();
        }
        return ExitCodes.OK;
    }

    private AuditQuery query() {
        Validation v = new Validation();
        Optional<Instant> from = ListInputs.time(v, "since", since);
        Optional<Long> beforeId = ListInputs.id(v, "before", before);
        int size = ListInputs.limit(v, limit, DEFAULT_LIMIT, AuditQuery.MAX_LIMIT);
        v.throwIfInvalid();
        return new AuditQuery(Optional.ofNullable(actor), Optional.ofNullable(target), from, beforeId, size);
    }
}
