package io.ordercore.adapter.cli.coupons;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.FormatOption;
import io.ordercore.adapter.cli.output.Json;
import io.ordercore.application.port.in.Caller;
import io.ordercore.domain.coupon.Coupon;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "send", description = {
    "E-mail a coupon to a client.",
    "When the e-mail belongs to an account, that account then holds the coupon.",
    "The message goes through the outbox ('notifications list'). Prints",
    "'coupon CODE sent to EMAIL', with --format json the coupon as 'coupons list'",
    "prints it."})
final class SendCouponCommand extends CliCommand {

    @Parameters(paramLabel = "CODE", description = "The coupon's code (any case, dashes ignored).")
    String code;

    @Option(names = "--to", paramLabel = "EMAIL", required = true, description = "The client's e-mail.")
    String to;

    @Mixin
    FormatOption format;

    SendCouponCommand(CliContext cli) {
        super(cli);
    }

    @Override
    public Integer call() {
        Caller caller = caller();
        Coupon sent = core().manageCoupons().send(caller, code, to);
        if (format.json()) {
            Json.print(out(), CouponViews.coupon(sent));
        } else {
            out().println("coupon " + sent.code() + " sent to " + to.trim());
            out().flush();
        }
        return ExitCodes.OK;
    }
}
