package io.ordercore.adapter.web.partner;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.adapter.web.json.MoneyJson;
import io.ordercore.domain.partner.PartnerStats;
import io.ordercore.domain.shared.MoscowTime;
import java.time.LocalDate;

/**
 * What a partner brought in from {@code from} to {@code to} (Moscow dates YYYY-MM-DD, both
 * included): {@code clients} who registered through them, their {@code paidOrders}, what those
 * payments came to ({@code paid}) and the partner's {@code commission} on them.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PartnerStatsJson(String from, String to, long clients, long paidOrders, MoneyJson paid,
                               MoneyJson commission) {

    static PartnerStatsJson from(PartnerStats s) {
        // The core counts over [from 00:00, the day after to 00:00): shown as the days it covers.
        LocalDate first = LocalDate.ofInstant(s.from(), MoscowTime.ZONE);
        LocalDate last = LocalDate.ofInstant(s.to(), MoscowTime.ZONE).minusDays(1);
        return new PartnerStatsJson(first.toString(), last.toString(), s.clients(), s.paidOrders(),
                MoneyJson.from(s.paid()), MoneyJson.from(s.commission()));
    }
}
