package io.ordercore.adapter.cli.users;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.ListInputs;
import io.ordercore.adapter.cli.ListFormatOption;
import io.ordercore.adapter.cli.output.Csv;
import io.ordercore.adapter.cli.output.Json;
import io.ordercore.adapter.cli.output.Table;
import io.ordercore.application.port.in.AccountListQuery;
import io.ordercore.application.port.in.AccountView;
import io.ordercore.application.port.in.Caller;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.point.PointId;
import io.ordercore.domain.shared.Choices;
import io.ordercore.domain.shared.Validation;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "list", sortOptions = false, description = {
    "List the accounts you may see, by id, a page at a time.",
    "table  aligned columns; when more may follow, the next --after is on stderr",
    "json   {\"items\":[{\"id\",\"email\",\"name\",\"role\",\"pointId\",\"blocked\",",
    "       \"lockedUntil\",\"language\",\"createdAt\"}],\"nextAfter\":ID|null}",
    "csv    RFC 4180, the item fields as header; the next --after is on stderr",
    ""})
final class ListUsersCommand extends CliCommand {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    @Option(names = "--role", paramLabel = "ROLE", description = "Only accounts of this role.")
    String role;

    @Option(names = "--point", paramLabel = "ID", description = "Only accounts of this point.")
    Long point;

    @Option(names = "--email-prefix", paramLabel = "PREFIX", description = "E-mail starts with this, ignoring case.")
    String emailPrefix;

    @Option(names = "--after", paramLabel = "ID", description = "Only accounts with a larger id (the next page).")
    Long after;

    @Option(names = "--limit", paramLabel = "N", description = "Page size, 1.." + MAX_LIMIT + " (default " + DEFAULT_LIMIT + ").")
    Integer limit;

    @Mixin
    ListFormatOption format;

    ListUsersCommand(CliContext cli) {
        super(cli);
    }

    @Override
    public Integer call() {
        AccountListQuery query = query();
        Caller caller = caller();
        List<AccountView> accounts = core().manageAccounts().list(caller, query);
        Long nextAfter = accounts.size() == query.limit() ? accounts.get(accounts.size() - 1).id().value() : null;
        switch (format.format()) {
            case JSON -> Json.print(out(), new Page(accounts.stream().map(AccountViews::json).toList(), nextAfter));
            case CSV -> Csv.print(out(), AccountViews.CSV_HEADER, accounts.stream().map(AccountViews::row).toList());
            case TABLE -> table(accounts);
        }
        if (nextAfter != null && !format.json()) {
            err().println("more accounts may follow: repeat with --after " + nextAfter);
            err().flush();
        }
        return ExitCodes.OK;
    }

    /** One page; {@code nextAfter} is the {@code --after} of the next page, null when this one was not full. */
    record Page(List<AccountViews.AccountJson> items, Long nextAfter) {
    }

    private AccountListQuery query() {
        Validation v = new Validation();
        Optional<Role> roleFilter = v.checkOptional("role", role, raw -> Choices.parse(Role.class, raw));
        Optional<PointId> pointFilter = ListInputs.id(v, "point", point).map(PointId::new);
        Optional<Long> afterId = ListInputs.id(v, "after", after);
        int size = ListInputs.limit(v, limit, DEFAULT_LIMIT, MAX_LIMIT);
        v.throwIfInvalid();
        return new AccountListQuery(roleFilter, pointFilter, Optional.ofNullable(emailPrefix), afterId, size);
    }

    private void table(List<AccountView> accounts) {
        Table table = new Table("ID", "EMAIL", "NAME", "ROLE", "POINT", "BLOCKED", "LANGUAGE", "CREATED (UTC)");
        accounts.forEach(a -> table.row(a.id(), a.email(), a.name(), a.role(), a.point().orElse(null),
                Table.yesNo(a.blocked()), a.language(), a.createdAt()));
        table.print(out());
    }
}
