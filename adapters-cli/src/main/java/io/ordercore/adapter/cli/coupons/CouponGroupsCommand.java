package io.ordercore.adapter.cli.coupons;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.ListFormatOption;
import io.ordercore.adapter.cli.output.Csv;
import io.ordercore.adapter.cli.output.Json;
import io.ordercore.adapter.cli.output.Table;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.CouponGroupSummary;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "groups", description = {
    "List coupon groups and their totals: generated, used, unused, deleted.",
    "Newest first; 'generated' is what the group was generated with; deleted ones are not in used/unused.",
    "json   {\"items\":[{\"id\",\"kind\",\"percent\",\"comment\",\"expiresAt\"|null,",
    "       \"createdAt\",\"generated\",\"used\",\"unused\",\"deleted\"}]}",
    "csv    RFC 4180, the item fields as header",
    ""})
final class CouponGroupsCommand extends CliCommand {

    @Mixin
    ListFormatOption format;

    CouponGroupsCommand(CliContext cli) {
        super(cli);
    }

    @Override
    public Integer call() {
        Caller caller = caller();
        List<CouponGroupSummary> groups = core().manageCoupons().groups(caller);
        switch (format.format()) {
            case JSON -> Json.print(out(), new CouponViews.GroupsJson(groups.stream().map(CouponViews::totals).toList()));
            case CSV -> Csv.print(out(), CouponViews.GROUP_CSV_HEADER, groups.stream().map(CouponViews::totalsRow).toList());
            case TABLE -> {
                Table table = new Table("ID", "KIND", "PERCENT", "COMMENT", "EXPIRES (UTC)", "GENERATED", "USED", "UNUSED", "DELETED");
                groups.forEach(s -> table.row(s.group().id(), s.group().kind(), s.group().percent(), s.group().comment(),
                        s.group().expiresAt().orElse(null), s.generated(), s.used(), s.unused(), s.deleted()));
                table.print(out());
            }
        }
        return ExitCodes.OK;
    }
}
