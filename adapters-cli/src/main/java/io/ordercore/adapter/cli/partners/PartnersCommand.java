package io.ordercore.adapter.cli.partners;

import io.ordercore.adapter.cli.CliGroup;
import picocli.CommandLine.Command;

/** {@code ordercore partners ...}: the partner programme, run by administrators. */
@Command(name = "partners",
        description = {
            "Partners: enrol, list, show, commission, statistics, banners.",
            "A partner is a PARTNER account (see 'users create') enrolled with a referral",
            "code; its id is the account's id. Clients who register through the code earn",
            "it a commission: its own percentage, else the global one, of what they pay.",
            "Payouts of the commission are handled with 'payouts'. Administrators; site",
            "managers may list, show, read statistics, the global percentage and the",
            "banners. Money is an exact decimal string with its currency."
        },
        subcommands = {ListPartnersCommand.class, EnrolPartnerCommand.class, ShowPartnerCommand.class,
            SetCommissionCommand.class, DefaultCommissionCommand.class, PartnerStatsCommand.class,
            BannersCommand.class})
public final class PartnersCommand extends CliGroup {
}
