package io.ordercore.adapter.cli.coupons;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.CliGroup;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.FormatOption;
import io.ordercore.adapter.cli.output.Json;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ManageCouponsUseCase.SuperForm;
import io.ordercore.domain.coupon.Coupon;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "super", description = "Super coupons: one code for many clients, each client once.",
        subcommands = SuperCouponCommand.Create.class)
final class SuperCouponCommand extends CliGroup {

    @Command(name = "create", sortOptions = false, description = {
        "Create a super coupon; prints its code.",
        "Each client may use it once; --limit caps the uses by all clients together.",
        "JSON: the coupon as 'coupons list' prints it."})
    static final class Create extends CliCommand {

        @Option(names = "--percent", paramLabel = "P", required = true, description = "The discount, 1..99.")
        Integer percent;

        @Option(names = "--code", paramLabel = "CODE", description = "The code, 4..64 letters and digits (default: a random one).")
        String code;

        @Option(names = "--limit", paramLabel = "N", description = "Uses by all clients together, at least 1 (default: unlimited).")
        Integer limit;

        @Option(names = "--expires", paramLabel = "YYYY-MM-DD", description = "Last valid day (Moscow): today or later. Default: never.")
        String expires;

        @Mixin
        FormatOption format;

        Create(CliContext cli) {
            super(cli);
        }

        @Override
        public Integer call() {
            Caller caller = caller();
            Coupon created = core().manageCoupons().createSuper(caller, new SuperForm(code, percent, limit, expires));
            if (format.json()) {
                Json.print(out(), CouponViews.coupon(created));
            } else {
                out().println(created.code());
                out().flush();
            }
            return ExitCodes.OK;
        }
    }
}
