package io.ordercore.adapter.cli.coupons;

import io.ordercore.adapter.cli.CliGroup;
import picocli.CommandLine.Command;

/** {@code ordercore coupons ...}: coupon groups, super coupons and the repeat-order percent. */
@Command(name = "coupons",
        description = {
            "Coupons: generate, list, delete, send; super coupons; the repeat-order percent.",
            "Administrators and site managers only. Codes are read in any case, with",
            "spaces and dashes ignored. Times are ISO-8601 UTC instants; a coupon valid",
            "through day D (Moscow) expires at the midnight that ends D."
        },
        subcommands = {GenerateCouponsCommand.class, CouponGroupsCommand.class, ListCouponsCommand.class,
            DeleteCouponsCommand.class, SendCouponCommand.class, SuperCouponCommand.class, RepeatPercentCommand.class})
public final class CouponsCommand extends CliGroup {
}
