package io.ordercore.adapter.cli.operators;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.FormatOption;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.OperatorForm;
import io.ordercore.application.port.in.OperatorView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "add", sortOptions = false, description = {
    "Give an OPERATOR account its dispatch profile; prints the operator's id.",
    "The operator starts ACTIVE with rating 0. An account of another role is",
    "refused with NOT_AN_OPERATOR, a second profile with OPERATOR_EXISTS (exit 5).",
    "JSON: {\"id\",\"email\",\"name\",\"gender\",\"talentIds\":[ID...],",
    "  \"tariff\":{\"amount\",\"currency\"},\"rating\",\"state\",\"capacity\",",
    "  \"workingHours\":\"HH:MM-HH:MM\"|null,\"activeOrders\"}"})
final class AddOperatorCommand extends CliCommand {

    @Option(names = "--email", paramLabel = "EMAIL", required = true, description = "The OPERATOR account's e-mail.")
    String email;

    @Option(names = "--gender", paramLabel = "GENDER", required = true, description = "MALE or FEMALE.")
    String gender;

    @Option(names = "--tariff", paramLabel = "KOPECKS", required = true,
            description = "The fee earned per completed order, in kopecks (0 or more).")
    Long tariff;

    @Mixin
    OperatorOptions options;

    @Mixin
    FormatOption format;

    AddOperatorCommand(CliContext cli) {
        super(cli);
    }

    @Override
    public Integer call() {
        Caller caller = caller();
        OperatorView added = core().manageOperators().add(caller,
                new OperatorForm(email, gender, options.talents, tariff, options.capacity, options.hours));
        OperatorViews.print(out(), format, added, added.operator().id().toString());
        return ExitCodes.OK;
    }
}
