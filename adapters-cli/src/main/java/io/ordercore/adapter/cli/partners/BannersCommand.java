package io.ordercore.adapter.cli.partners;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.CliGroup;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.FormatOption;
import io.ordercore.adapter.cli.ListFormatOption;
import io.ordercore.adapter.cli.output.Csv;
import io.ordercore.adapter.cli.output.Json;
import io.ordercore.adapter.cli.output.Table;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.domain.partner.Banner;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "banners", description = "The banner catalogue partners link to, grouped by size.",
        subcommands = {BannersCommand.ListBanners.class, BannersCommand.Add.class, BannersCommand.Delete.class})
final class BannersCommand extends CliGroup {

    @Command(name = "list", description = {
        "List the banners, by size, then id.",
        "Partners see each with their own referral link and the HTML to paste.",
        "table  aligned columns",
        "json   {\"items\":[{\"id\",\"size\":\"WIDTHxHEIGHT\",\"imageUrl\",\"title\",",
        "       \"createdAt\"}]}",
        "csv    RFC 4180, the item fields as header",
        ""})
    static final class ListBanners extends CliCommand {

        @Mixin
        ListFormatOption format;

        ListBanners(CliContext cli) {
            super(cli);
        }

        @Override
        public Integer call() {
            Caller caller = caller();
            List<Banner> banners = core().partners().banners(caller);
            switch (format.format()) {
                case JSON -> Json.print(out(), new PartnerViews.Banners(banners.stream().map(PartnerViews::json).toList()));
                case CSV -> Csv.print(out(), PartnerViews.BANNER_CSV_HEADER, banners.stream().map(PartnerViews::row).toList());
                case TABLE -> {
                    Table table = new Table("ID", "SIZE", "TITLE", "IMAGE URL", "CREATED (UTC)");
                    banners.forEach(b -> table.row(b.id(), b.size(), b.title(), b.imageUrl(), b.createdAt()));
                    table.print(out());
                }
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "add", sortOptions = false, description = {
        "Add a banner to the catalogue; prints its id.",
        "Administrators only; audited. JSON: the banner as 'banners list' prints it."})
    static final class Add extends CliCommand {

        @Option(names = "--size", paramLabel = "WxH", required = true,
                description = "Width x height in pixels, 1..4000 each, e.g. 120x600.")
        String size;

        @Option(names = "--image-url", paramLabel = "URL", required = true, description = "The picture's http(s) address.")
        String imageUrl;

        @Option(names = "--title", paramLabel = "TEXT", required = true, description = "Its alt text, 1..200 characters.")
        String title;

        @Mixin
        FormatOption format;

        Add(CliContext cli) {
            super(cli);
        }

        @Override
        public Integer call() {
            Caller caller = caller();
            Banner added = core().partners().addBanner(caller, size, imageUrl, title);
            if (format.json()) {
                Json.print(out(), PartnerViews.json(added));
            } else {
                out().println(added.id());
                out().flush();
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "delete", description = {
        "Remove a banner from the catalogue.",
        "Partners no longer see it. Administrators only; audited.",
        "Prints 'deleted banner ID', with --format json {\"id\",\"deleted\":true}."})
    static final class Delete extends CliCommand {

        @Parameters(paramLabel = "ID", description = "The banner's id.")
        long id;

        @Mixin
        FormatOption format;

        Delete(CliContext cli) {
            super(cli);
        }

        @Override
        public Integer call() {
            if (id <= 0) {
                throw new NotFoundException("Banner", id);
            }
            Caller caller = caller();
            core().partners().deleteBanner(caller, id);
            if (format.json()) {
                Json.print(out(), new PartnerViews.BannerDeletedJson(id, true));
            } else {
                out().println("deleted banner " + id);
                out().flush();
            }
            return ExitCodes.OK;
        }
    }
}
