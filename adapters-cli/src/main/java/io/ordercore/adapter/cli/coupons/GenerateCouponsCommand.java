package io.ordercore.adapter.cli.coupons;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.ListFormatOption;
import io.ordercore.adapter.cli.output.Csv;
import io.ordercore.adapter.cli.output.Json;
import io.ordercore.adapter.cli.output.Table;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ManageCouponsUseCase.GenerateForm;
import io.ordercore.application.port.in.ManageCouponsUseCase.GeneratedGroup;
import io.ordercore.domain.coupon.CouponCode;
import io.ordercore.domain.coupon.CouponGroup;
import io.ordercore.domain.coupon.CouponKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

@Command(name = "generate", sortOptions = false, description = {
    "Generate a group of single-use coupons; prints every code.",
    "PERCENT coupons take --percent 1..99; --full makes 100%% coupons that pay the",
    "whole order. Codes are " + CouponCode.GENERATED_LENGTH + " characters without look-alikes (no 0/O, 1/I/L).",
    "table  a CODE header, then one code a line; the group id is on stderr",
    "json   {\"group\":{\"id\",\"kind\",\"percent\",\"comment\",\"expiresAt\"|null,",
    "       \"createdAt\"},\"codes\":[\"...\"]}",
    "csv    RFC 4180: a 'code' header, then one code a line; the group id is on",
    "       stderr",
    ""})
final class GenerateCouponsCommand extends CliCommand {

    @Option(names = "--percent", paramLabel = "P", description = "The discount, 1..99.")
    Integer percent;

    @Option(names = "--full", description = "100%% coupons instead of --percent: the order is paid by the coupon.")
    boolean full;

    @Option(names = "--count", paramLabel = "N", required = true, description = "How many, 1.." + CouponGroup.MAX_COUNT + ".")
    Integer count;

    @Option(names = "--comment", paramLabel = "TEXT", required = true,
            description = "What the group is for, 1.." + CouponGroup.MAX_COMMENT + " characters.")
    String comment;

    @Option(names = "--expires", paramLabel = "YYYY-MM-DD", description = "Last valid day (Moscow): today or later. Default: never.")
    String expires;

    @Mixin
    ListFormatOption format;

    GenerateCouponsCommand(CliContext cli) {
        super(cli);
    }

    @Override
    public Integer call() {
        if (full && percent != null) {
            throw new ParameterException(spec.commandLine(), "--percent and --full cannot be used together");
        }
        if (!full && percent == null) {
            throw new ParameterException(spec.commandLine(), "give --percent P, or --full for 100% coupons");
        }
        Caller caller = caller();
        String kind = full ? CouponKind.FULL.name() : CouponKind.PERCENT.name();
        GeneratedGroup generated = core().manageCoupons().generate(caller,
                new GenerateForm(kind, percent, count, comment, expires));
        switch (format.format()) {
            case JSON -> Json.print(out(), new CouponViews.GeneratedJson(CouponViews.group(generated.group()),
                    generated.codes()));
            case CSV -> Csv.print(out(), new String[] {"code"}, generated.codes().stream().map(c -> new Object[] {c}).toList());
            case TABLE -> {
                Table table = new Table("CODE");
                generated.codes().forEach(code -> table.row(code));
                table.print(out());
            }
        }
        if (!format.json()) {
            CouponGroup group = generated.group();
            err().println("group " + group.id() + ": " + generated.codes().size() + " x " + group.percent() + "% "
                    + group.kind() + " coupons");
            err().flush();
        }
        return ExitCodes.OK;
    }
}
