package io.ordercore.adapter.cli.orders;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.FormatOption;
import io.ordercore.application.port.in.Caller;
import io.ordercore.domain.shared.OrderId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "show", description = {
    "Show one order: every field, the price snapshot and the history.",
    "JSON: {\"id\",\"status\",\"operatorId\"|null,\"createdAt\",\"updatedAt\",\"version\",",
    "  \"client\":{name,email}, \"recipient\":{name,phone,country,city},",
    "  \"callType\":{id,name}, \"window\":{date,start,end,timeZone,startsAt,endsAt},",
    "  \"preferredGender\",\"wishes\",\"anonymous\",\"consentedAt\",\"couponCode\",",
    "  \"price\":{price,discount,coupon:{code,kind,percent}|null,total},",
    "  \"history\":[{seq,at,actor:{kind,id},kind,from,to,reason}]}",
    "Money is {\"amount\":\"1500.00\",\"currency\":\"RUB\"}."})
final class ShowOrderCommand extends CliCommand {

    @Parameters(paramLabel = "ID")
    long id;

    @Mixin
    FormatOption format;

    ShowOrderCommand(CliContext cli) {
        super(cli);
    }

    @Override
    public Integer call() {
        OrderId orderId = OrderIds.of(id);
        Caller caller = caller();
        OrderPrinter.print(out(), format, core().findOrders().get(caller, orderId));
        return ExitCodes.OK;
    }
}
