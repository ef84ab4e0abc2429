package io.ordercore.adapter.web.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.adapter.web.account.AccountJson;
import io.ordercore.adapter.web.security.AccessTokens;
import io.ordercore.application.port.in.PlaceCallOrderUseCase.PlacedOrder;
import java.util.Optional;

/**
 * What a client gets back after placing an order: the order's fields and, when a visitor was
 * signed in or registered on the way, a bearer token for that account ({@code accessToken},
 * {@code tokenType}, {@code expiresIn} seconds, {@code account}); those are null otherwise.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PlacedOrderJson(@JsonUnwrapped ClientOrderJson order, boolean accountCreated,
                              @Nullable String accessToken, @Nullable String tokenType, @Nullable Long expiresIn,
                              @Nullable AccountJson account) {

    /** @param token the token issued for the account signed in on the way, if one was */
    static PlacedOrderJson from(PlacedOrder placed, Optional<AccessTokens.IssuedToken> token) {
        ClientOrderJson order = ClientOrderJson.from(placed.order());
        if (placed.signedIn().isEmpty() || token.isEmpty()) {
            return new PlacedOrderJson(order, false, null, null, null, null);
        }
        return new PlacedOrderJson(order, placed.accountCreated(), token.get().value(), AccessTokens.TOKEN_TYPE,
                token.get().expiresInSeconds(), AccountJson.from(placed.signedIn().get()));
    }
}
