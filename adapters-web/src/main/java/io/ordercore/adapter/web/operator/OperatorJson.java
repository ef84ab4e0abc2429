package io.ordercore.adapter.web.operator;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.adapter.web.json.MoneyJson;
import io.ordercore.application.port.in.OperatorView;
import io.ordercore.domain.catalog.TalentId;
import io.ordercore.domain.operator.Operator;
import io.ordercore.domain.operator.WorkingHours;
import java.util.List;

/**
 * An operator's dispatch profile: {@code id} is its account's, {@code tariff} the fee per completed
 * order, {@code rating} higher is better (may be negative), {@code workingHours} "09:00-18:00" Moscow
 * time or null for any time, {@code activeOrders} the orders it holds now (proposed or in progress).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OperatorJson(long id, String email, String name, String gender, List<Long> talentIds, MoneyJson tariff,
                           int rating, String state, int capacity, @Nullable String workingHours, int activeOrders) {

    static OperatorJson from(OperatorView view) {
        Operator o = view.operator();
        return new OperatorJson(o.id().value(), view.email().value(), o.name(), o.gender().name(),
                o.talents().stream().map(TalentId::value).sorted().toList(), MoneyJson.from(o.tariff()), o.rating(),
                o.state().name(), o.capacity(), o.workingHours().map(OperatorJson::hours).orElse(null),
                view.activeOrders());
    }

    private static String hours(WorkingHours h) {
        return h.from() + "-" + h.to();
    }
}
