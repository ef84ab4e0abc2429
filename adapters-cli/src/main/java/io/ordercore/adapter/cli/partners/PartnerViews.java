package io.ordercore.adapter.cli.partners;

import io.ordercore.adapter.cli.FormatOption;
import io.ordercore.adapter.cli.output.Json;
import io.ordercore.adapter.cli.output.MoneyView;
import io.ordercore.adapter.cli.output.Table;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.in.PartnerView;
import io.ordercore.domain.partner.Banner;
import io.ordercore.domain.partner.CommissionPercent;
import io.ordercore.domain.partner.Partner;
import java.io.PrintWriter;
import java.util.List;

/** The JSON shapes of the partner programme; the CSV columns are their fields, money split into amount and currency. */
final class PartnerViews {

    static final String[] CSV_HEADER = {"id", "email", "name", "code", "commissionPercent", "ownCommissionPercent",
        "balance", "currency", "referralLink", "since"};
    static final String[] BANNER_CSV_HEADER = {"id", "size", "imageUrl", "title", "createdAt"};

    private PartnerViews() {
    }

    /**
     * {@code id} is the partner's account id; {@code commissionPercent} the percentage that applies now,
     * {@code ownCommissionPercent} the partner's own, null when the global one applies (field names as
     * in the HTTP API); {@code balance} the commission not yet requested as a payout.
     */
    record PartnerJson(long id, String email, String name, String code, int commissionPercent,
                       Integer ownCommissionPercent, MoneyView balance, String referralLink, String since) {
    }

    /** {@code nextAfter} is the {@code --after} of the next page, null when this one was not full. */
    record Page(List<PartnerJson> items, Long nextAfter) {
    }

    /** The global percentage; named as in the HTTP API. */
    record DefaultCommissionJson(int commissionPercent) {
    }

    /** {@code from} and {@code to} are days (Moscow), both included. */
    record StatsJson(long partnerId, String from, String to, long clients, long paidOrders, MoneyView paid,
                     MoneyView commission) {
    }

    /** {@code size} is WIDTHxHEIGHT in pixels. */
    record BannerJson(long id, String size, String imageUrl, String title, String createdAt) {
    }

    /** Ordered by size, then id. */
    record Banners(List<BannerJson> items) {
    }

    record BannerDeletedJson(long id, boolean deleted) {
    }

    static PartnerJson json(PartnerView v) {
        Partner p = v.partner();
        return new PartnerJson(p.account().value(), v.email(), v.name(), p.code().value(), v.commission().value(),
                p.commission().map(CommissionPercent::value).orElse(null), MoneyView.of(v.balance()), v.referralLink(),
                p.since().toString());
    }

    static Object[] row(PartnerView v) {
        PartnerJson j = json(v);
        return new Object[] {j.id(), j.email(), j.name(), j.code(), j.commissionPercent(), j.ownCommissionPercent(),
            j.balance().amount(), j.balance().currency(), j.referralLink(), j.since()};
    }

    static BannerJson json(Banner b) {
        return new BannerJson(b.id(), b.size().toString(), b.imageUrl(), b.title(), b.createdAt().toString());
    }

    static Object[] row(Banner b) {
        BannerJson j = json(b);
        return new Object[] {j.id(), j.size(), j.imageUrl(), j.title(), j.createdAt()};
    }

    /** With --format json the partner, else {@code line}. */
    static void print(PrintWriter out, FormatOption format, PartnerView partner, String line) {
        if (format.json()) {
            Json.print(out, json(partner));
        } else {
            out.println(line);
            out.flush();
        }
    }

    static void printRecord(PrintWriter out, PartnerView v) {
        Partner p = v.partner();
        Table.record()
                .row("id", p.account())
                .row("email", v.email())
                .row("name", v.name())
                .row("code", p.code())
                .row("referral link", v.referralLink())
                .row("commission", commission(v))
                .row("balance", MoneyView.text(v.balance()))
                .row("since", p.since())
                .print(out);
    }

    /** {@code partner 5 (pat@example.com)}. */
    static String name(PartnerView v) {
        return "partner " + v.partner().account() + " (" + Table.cell(v.email()) + ")";
    }

    /** {@code 25% (own)} or {@code 10% (default)}. */
    static String commission(PartnerView v) {
        return v.commission().value() + "% (" + source(v.partner()) + ")";
    }

    /** {@code own} when the partner's own percentage applies, {@code default} when the global one does. */
    static String source(Partner p) {
        return p.commission().isPresent() ? "own" : "default";
    }

    /** Partner ids typed on the command line; a non-positive one names no partner. */
    static long id(long id) {
        if (id <= 0) {
            throw new NotFoundException("Partner", id);
        }
        return id;
    }
}
