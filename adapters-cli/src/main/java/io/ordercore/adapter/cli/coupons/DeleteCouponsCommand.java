package io.ordercore.adapter.cli.coupons;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.FormatOption;
import io.ordercore.adapter.cli.output.Json;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ManageCouponsUseCase;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.domain.coupon.CouponGroup;
import io.ordercore.domain.coupon.CouponGroupId;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

@Command(name = "delete", sortOptions = false, description = {
    "Delete coupons: a group, N random unused of it, or by code.",
    "Exactly one of --group and --codes. --random never deletes a used coupon,",
    "nor more than N. With --codes nothing is deleted when any code is unknown.",
    "Prints 'deleted N coupons', with --format json {\"deleted\":N}."})
final class DeleteCouponsCommand extends CliCommand {

    @Option(names = "--group", paramLabel = "ID", description = "The group: all its coupons, used or not, and the group.")
    Long group;

    @Option(names = "--random", paramLabel = "N", description = "With --group: only N random unused coupons of it.")
    Integer random;

    @Option(names = "--codes", paramLabel = "CODE", split = ",", arity = "1..*",
            description = "These coupons, used or not: separated by commas or spaces, or --codes repeated (up to "
                    + CouponGroup.MAX_COUNT + ").")
    List<String> codes = new ArrayList<>();

    @Mixin
    FormatOption format;

    DeleteCouponsCommand(CliContext cli) {
        super(cli);
    }

    @Override
    public Integer call() {
        if (group != null && !codes.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--group and --codes cannot be used together");
        }
        if (group == null && codes.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "give --group ID [--random N] or --codes CODE,...");
        }
        if (random != null && group == null) {
            throw new ParameterException(spec.commandLine(), "--random needs --group");
        }
        CouponGroupId groupId = group == null ? null : groupId(group);
        Caller caller = caller();
        ManageCouponsUseCase coupons = core().manageCoupons();
        int deleted;
        if (groupId == null) {
            deleted = coupons.deleteCodes(caller, codes);
        } else if (random == null) {
            deleted = coupons.deleteGroup(caller, groupId);
        } else {
            deleted = coupons.deleteRandomUnused(caller, groupId, random);
        }
        if (format.json()) {
            Json.print(out(), new CouponViews.DeletedJson(deleted));
        } else {
            out().println("deleted " + deleted + (deleted == 1 ? " coupon" : " coupons"));
            out().flush();
        }
        return ExitCodes.OK;
    }

    /** A non-positive id names no group. */
    static CouponGroupId groupId(long id) {
        if (id <= 0) {
            throw new NotFoundException("Coupon group", id);
        }
        return new CouponGroupId(id);
    }
}
