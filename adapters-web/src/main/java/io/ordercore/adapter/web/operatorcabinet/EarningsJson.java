package io.ordercore.adapter.web.operatorcabinet;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.adapter.web.json.MoneyJson;
import io.ordercore.application.port.in.OperatorCabinetUseCase.EarningsView;
import io.ordercore.domain.earning.EarningEntry;
import java.util.List;

/**
 * An operator's balance ({@code available}: fees minus penalties minus payouts held) and latest
 * movements, newest first: {@code kind} FEE (positive) or PENALTY (negative).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record EarningsJson(MoneyJson available, List<Entry> entries) {

    static EarningsJson from(EarningsView view) {
        return new EarningsJson(MoneyJson.from(view.available()), view.entries().stream().map(Entry::from).toList());
    }

    /** One movement of the balance, linked to its order. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Entry(long orderId, String kind, MoneyJson amount, String at) {

        static Entry from(EarningEntry e) {
            return new Entry(e.order().value(), e.kind().name(), MoneyJson.from(e.amount()), e.at().toString());
        }
    }
}
