package io.ordercore.adapter.cli.coupons;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.CliGroup;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.FormatOption;
import io.ordercore.adapter.cli.output.Json;
import io.ordercore.application.port.in.ManageCouponsUseCase;
import io.ordercore.application.port.in.Caller;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "repeat-percent", description = "The percent of repeat-order coupons (every second paid order).",
        subcommands = {RepeatPercentCommand.Show.class, RepeatPercentCommand.Set.class})
final class RepeatPercentCommand extends CliGroup {

    /** Table: 'repeat-order coupons: P%'. JSON: {"percent":P}. */
    static void print(PrintWriter out, FormatOption format, int percent) {
        if (format.json()) {
            Json.print(out, new CouponViews.RepeatPercentJson(percent));
        } else {
            out.println("repeat-order coupons: " + percent + "%");
            out.flush();
        }
    }

    @Command(name = "show", description = {
        "Show the repeat-order percent (10 unless set).",
        "Prints 'repeat-order coupons: P%%', with --format json {\"percent\":P}."})
    static final class Show extends CliCommand {

        @Mixin
        FormatOption format;

        Show(CliContext cli) {
            super(cli);
        }

        @Override
        public Integer call() {
            Caller caller = caller();
            print(out(), format, core().manageCoupons().repeatOrderPercent(caller));
            return ExitCodes.OK;
        }
    }

    @Command(name = "set", description = {
        "Set the repeat-order percent for coupons issued from now on.",
        "Coupons already issued keep theirs. Prints the same as 'repeat-percent show'."})
    static final class Set extends CliCommand {

        @Parameters(paramLabel = "P", description = "1..99.")
        int percent;

        @Mixin
        FormatOption format;

        Set(CliContext cli) {
            super(cli);
        }

        @Override
        public Integer call() {
            Caller caller = caller();
            ManageCouponsUseCase coupons = core().manageCoupons();
            coupons.setRepeatOrderPercent(caller, percent);
            print(out(), format, coupons.repeatOrderPercent(caller));
            return ExitCodes.OK;
        }
    }
}
