package io.ordercore.adapter.persistence.partner;

import io.ordercore.adapter.persistence.support.Sql;
import io.ordercore.application.port.out.Partners;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.partner.Banner;
import io.ordercore.domain.partner.Commission;
import io.ordercore.domain.partner.CommissionPercent;
import io.ordercore.domain.partner.Partner;
import io.ordercore.domain.partner.PartnerStats;
import io.ordercore.domain.partner.ReferralCode;
import io.ordercore.domain.shared.Money;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@link Partners} over {@code partner}, {@code partner_client}, {@code partner_commission} and
 * {@code banner}. Inserts that may meet an existing key use ON CONFLICT DO NOTHING, so a lost race
 * answers false without aborting the caller's transaction.
 */
@Singleton
public final class PartnersPersistenceAdapter implements Partners {

    private final PartnerRowMapper mapper;
    private final Sql sql;

    PartnersPersistenceAdapter(PartnerRowMapper mapper, Sql sql) {
        this.mapper = mapper;
        this.sql = sql;
    }

    @Override
    public boolean enrol(Partner partner) {
        PartnerRow r = mapper.toRow(partner);
        return update("INSERT INTO partner (account_id, referral_code, commission_percent, since) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT DO NOTHING", r.accountId(), r.referralCode(), r.commissionPercent(), utc(r.since())) == 1;
    }

    @Override
    public Optional<Partner> find(AccountId partner) {
        return partners(" WHERE account_id = ?", partner.value()).stream().findFirst();
    }

    @Override
    public Optional<Partner> findByCode(ReferralCode code) {
        return partners(" WHERE referral_code = ?", code.value()).stream().findFirst();
    }

    @Override
    public List<Partner> list(long afterId, int limit) {
        return partners(" WHERE account_id > ? ORDER BY account_id LIMIT ?", afterId, limit);
    }

    @Override
    public boolean setCommission(AccountId partner, Optional<CommissionPercent> percent) {
        return update("UPDATE partner SET commission_percent = ? WHERE account_id = ?",
                percent.map(CommissionPercent::value).orElse(null), partner.value()) == 1;
    }

    @Override
    public boolean attribute(AccountId client, AccountId partner, Instant at) {
        return update("INSERT INTO partner_client (client_id, partner_id, attributed_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                client.value(), partner.value(), utc(at)) == 1;
    }

    @Override
    public Optional<AccountId> partnerOf(AccountId client) {
        return sql.run("SELECT partner_id FROM partner_client WHERE client_id = ?", List.of(client.value()), statement -> {
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(new AccountId(rs.getLong(1))) : Optional.<AccountId>empty();
            }
        });
    }

    @Override
    public boolean recordCommission(Commission c) {
        return update("INSERT INTO partner_commission (movement_key, partner_id, client_id, order_id, paid_minor, percent,"
                        + " amount_minor, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", c.key(),
                c.partner().value(), c.client().value(), c.order().value(), rub(c.paid()), c.percent().value(),
                rub(c.amount()), utc(c.at())) == 1;
    }

    @Override
    public PartnerStats stats(AccountId partner, Instant from, Instant to) {
        long clients = sql.run("SELECT COUNT(*) FROM partner_client WHERE partner_id = ? AND attributed_at >= ?"
                + " AND attributed_at < ?", List.of(partner.value(), utc(from), utc(to)), statement -> {
                    try (ResultSet rs = statement.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
        return sql.run("SELECT COUNT(DISTINCT order_id), COALESCE(SUM(paid_minor), 0), COALESCE(SUM(amount_minor), 0)"
                        + " FROM partner_commission WHERE partner_id = ? AND at >= ? AND at < ?",
                List.of(partner.value(), utc(from), utc(to)), statement -> {
                    try (ResultSet rs = statement.executeQuery()) {
                        rs.next();
                        return new PartnerStats(from, to, clients, rs.getLong(1), Money.kopecks(rs.getLong(2)),
                                Money.kopecks(rs.getLong(3)));
                    }
                });
    }

    @Override
    public Banner addBanner(Banner banner) {
        long id = nextBannerId();
        update("INSERT INTO banner (id, width, height, image_url, title, created_at) VALUES (?, ?, ?, ?, ?, ?)", id,
                banner.size().width(), banner.size().height(), banner.imageUrl(), banner.title(), utc(banner.createdAt()));
        return new Banner(id, banner.size(), banner.imageUrl(), banner.title(), banner.createdAt());
    }

    @Override
    public List<Banner> banners() {
        return sql.run("SELECT * FROM banner ORDER BY width, height, id", List.of(), statement -> {
            List<Banner> found = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    found.add(mapper.toBanner(sql.readEntity(rs, BannerRow.class)));
                }
            }
            return found;
        });
    }

    @Override
    public boolean deleteBanner(long id) {
        return update("DELETE FROM banner WHERE id = ?", id) == 1;
    }

    private long nextBannerId() {
        return sql.run("SELECT nextval('banner_id_seq')", List.of(), statement -> {
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private List<Partner> partners(String where, Object... params) {
        return sql.run("SELECT * FROM partner" + where, Arrays.asList(params), statement -> {
            List<Partner> found = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    found.add(mapper.toPartner(sql.readEntity(rs, PartnerRow.class)));
                }
            }
            return found;
        });
    }

    private int update(String statement, Object... params) {
        return sql.run(statement, Arrays.asList(params), PreparedStatement::executeUpdate);
    }

    private static long rub(Money amount) {
        if (!amount.currency().equals(Money.RUB)) {
            throw new IllegalArgumentException("commissions are in RUB, not " + amount);
        }
        return amount.minor();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
