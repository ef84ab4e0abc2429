package io.ordercore.adapter.cli.partners;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.FormatOption;
import io.ordercore.adapter.cli.users.AccountRef;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.in.PartnerView;
import io.ordercore.domain.shared.ValidationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

@Command(name = "enrol", sortOptions = false, description = {
    "Enrol a PARTNER account, giving it a referral code.",
    "Name the account by --account-id or --email. Without --commission-percent",
    "the global percentage applies ('partners default-commission'). An account of",
    "another role is refused with NOT_A_PARTNER_ACCOUNT (give it the role first:",
    "'users set-role ID PARTNER'), a second enrolment with PARTNER_EXISTS (both",
    "exit 5). Administrators only; audited. Prints",
    "'partner ID (EMAIL): code CODE, link URL, commission P%% (own|default)', with",
    "--format json the partner as 'partners show' prints it."})
final class EnrolPartnerCommand extends CliCommand {

    @Option(names = "--account-id", paramLabel = "ID", description = "The PARTNER account's id.")
    Long accountId;

    @Option(names = "--email", paramLabel = "EMAIL", description = "The PARTNER account's e-mail, instead of --account-id.")
    String email;

    @Option(names = "--commission-percent", paramLabel = "P",
            description = "The partner's own percentage, 1..100 (default: the global one).")
    Integer commissionPercent;

    @Mixin
    FormatOption format;

    EnrolPartnerCommand(CliContext cli) {
        super(cli);
    }

    @Override
    public Integer call() {
        if (accountId != null && email != null) {
            throw new ParameterException(spec.commandLine(), "--account-id and --email cannot be used together");
        }
        if (accountId == null && email == null) {
            throw new ParameterException(spec.commandLine(), "give --account-id ID or --email EMAIL");
        }
        if (accountId != null && accountId <= 0) {
            throw new NotFoundException("Account", accountId);
        }
        if (email != null && !email.contains("@")) {
            throw ValidationException.of("email", "NOT_AN_EMAIL", "must be an e-mail address like name@example.com");
        }
        Caller caller = caller();
        long id = accountId != null ? accountId
                : new AccountRef(email.trim()).resolve(core().manageAccounts(), caller).value();
        PartnerView enrolled = core().partners().enrol(caller, id, commissionPercent);
        PartnerViews.print(out(), format, enrolled, PartnerViews.name(enrolled) + ": code " + enrolled.partner().code()
                + ", link " + enrolled.referralLink() + ", commission " + PartnerViews.commission(enrolled));
        return ExitCodes.OK;
    }
}
