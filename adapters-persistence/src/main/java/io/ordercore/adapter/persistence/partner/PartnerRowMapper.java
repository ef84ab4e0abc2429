package io.ordercore.adapter.persistence.partner;

import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.partner.Banner;
import io.ordercore.domain.partner.BannerSize;
import io.ordercore.domain.partner.CommissionPercent;
import io.ordercore.domain.partner.Partner;
import io.ordercore.domain.partner.ReferralCode;
import java.util.Optional;
import org.mapstruct.Mapper;

/** Partners and banners between domain and rows. */
@Mapper
public interface PartnerRowMapper {

    default Partner toPartner(PartnerRow row) {
        return new Partner(new AccountId(row.accountId()), new ReferralCode(row.referralCode()),
                Optional.ofNullable(row.commissionPercent()).map(CommissionPercent::new), row.since());
    }

    default PartnerRow toRow(Partner p) {
        return new PartnerRow(p.account().value(), p.code().value(), p.commission().map(CommissionPercent::value).orElse(null),
                p.since());
    }

    default Banner toBanner(BannerRow row) {
        return new Banner(row.id(), new BannerSize(row.width(), row.height()), row.imageUrl(), row.title(), row.createdAt());
    }
}
