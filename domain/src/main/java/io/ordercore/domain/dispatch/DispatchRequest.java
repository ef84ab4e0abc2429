package io.ordercore.domain.dispatch;

import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.catalog.TalentId;
import io.ordercore.domain.order.CallWindow;
import io.ordercore.domain.shared.OperatorGender;
import io.ordercore.domain.shared.OrderId;
import java.util.Objects;
import java.util.Set;

/**
 * What dispatch must satisfy for one order.
 *
 * @param requiredGender  the call type's hard gender rule
 * @param criticalTalents talents an operator must hold
 * @param otherTalents    talents that only raise an operator's priority
 * @param preferredGender the client's wish; {@link OperatorGender#ANY} when they have none
 * @param window          when the call is to be made (Moscow time)
 * @param excluded        operators who refused or timed out on this order (refusals not cancelled)
 */
public record DispatchRequest(OrderId order, OperatorGender requiredGender, Set<TalentId> criticalTalents,
                              Set<TalentId> otherTalents, OperatorGender preferredGender, CallWindow window,
                              Set<AccountId> excluded) {

    public DispatchRequest {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(requiredGender, "requiredGender");
        criticalTalents = Set.copyOf(criticalTalents);
        otherTalents = Set.copyOf(otherTalents);
        Objects.requireNonNull(preferredGender, "preferredGender");
        Objects.requireNonNull(window, "window");
        excluded = Set.copyOf(excluded);
    }
}
