package io.ordercore.adapter.cli.coupons;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.ListFormatOption;
import io.ordercore.adapter.cli.ListInputs;
import io.ordercore.adapter.cli.output.Csv;
import io.ordercore.adapter.cli.output.Json;
import io.ordercore.adapter.cli.output.Table;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.CouponListForm;
import io.ordercore.domain.coupon.Coupon;
import io.ordercore.domain.coupon.CouponKind;
import io.ordercore.domain.shared.Choices;
import io.ordercore.domain.shared.Email;
import io.ordercore.domain.shared.Validation;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

@Command(name = "list", sortOptions = false, description = {
    "List coupons by id, a page at a time.",
    "All filters are checked together before anything is read.",
    "table  aligned columns; when more may follow, the next --after is on stderr",
    "json   {\"items\":[{\"id\",\"code\",\"kind\",\"percent\",\"groupId\",\"holderId\",",
    "       \"expiresAt\",\"totalLimit\",\"used\",\"usedByOrderId\",\"grantedForOrderId\",",
    "       \"createdAt\"}],\"nextAfter\":ID|null}",
    "       absent values are null; 'used' is null for SUPER coupons, which many",
    "       clients use",
    "csv    RFC 4180, the item fields as header; the next --after is on stderr",
    ""})
final class ListCouponsCommand extends CliCommand {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    @Option(names = "--group", paramLabel = "ID", description = "Only coupons of this group.")
    Long group;

    @Option(names = "--kind", paramLabel = "KIND", description = "PERCENT, REPEAT_ORDER, SUPER or FULL.")
    String kind;

    @Option(names = "--used", description = "Only single-use coupons already activated.")
    boolean used;

    @Option(names = "--unused", description = "Only coupons not activated yet (SUPER coupons count as unused).")
    boolean unused;

    @Option(names = "--code", paramLabel = "PREFIX", description = "Code starts with this (any case, dashes ignored).")
    String code;

    @Option(names = "--client", paramLabel = "EMAIL", description = "Held or used by the client with this e-mail.")
    String client;

    @Option(names = "--after", paramLabel = "ID", description = "Only coupons with a larger id (the next page).")
    Long after;

    @Option(names = "--limit", paramLabel = "N", description = "Page size, 1.." + MAX_LIMIT + " (default " + DEFAULT_LIMIT + ").")
    Integer limit;

    @Mixin
    ListFormatOption format;

    ListCouponsCommand(CliContext cli) {
        super(cli);
    }

    @Override
    public Integer call() {
        if (used && unused) {
            throw new ParameterException(spec.commandLine(), "--used and --unused cannot be used together");
        }
        int size = checkFilters();
        Caller caller = caller();
        List<Coupon> coupons = core().manageCoupons().list(caller, new CouponListForm(text(group), kind,
                used || unused ? String.valueOf(used) : null, code, client, text(after), String.valueOf(size)));
        Long nextAfter = coupons.size() == size ? coupons.get(coupons.size() - 1).id().value() : null;
        switch (format.format()) {
            case JSON -> Json.print(out(), new CouponViews.Page(coupons.stream().map(CouponViews::coupon).toList(), nextAfter));
            case CSV -> Csv.print(out(), CouponViews.COUPON_CSV_HEADER, coupons.stream().map(CouponViews::couponRow).toList());
            case TABLE -> table(coupons);
        }
        if (nextAfter != null && !format.json()) {
            err().println("more coupons may follow: repeat with --after " + nextAfter);
            err().flush();
        }
        return ExitCodes.OK;
    }

    /** The page size; every refused filter is reported at once, before the core is opened. */
    private int checkFilters() {
        Validation v = new Validation();
        ListInputs.id(v, "group", group);
        v.checkOptional("kind", kind, raw -> Choices.parse(CouponKind.class, raw));
        v.checkOptional("client", client, Email::of);
        ListInputs.id(v, "after", after);
        int size = ListInputs.limit(v, limit, DEFAULT_LIMIT, MAX_LIMIT);
        v.throwIfInvalid();
        return size;
    }

    private void table(List<Coupon> coupons) {
        Table table = new Table("ID", "CODE", "KIND", "PERCENT", "GROUP", "HOLDER", "EXPIRES (UTC)", "LIMIT", "USES",
                "ORDER");
        coupons.forEach(c -> table.row(c.id(), c.code(), c.kind(), c.percent(), c.group().orElse(null),
                c.holder().orElse(null), c.expiresAt().orElse(null), c.totalLimit().orElse(null),
                c.uses(), c.usedBy().orElse(null)));
        table.print(out());
    }

    private static String text(Long value) {
        return value == null ? null : value.toString();
    }
}
