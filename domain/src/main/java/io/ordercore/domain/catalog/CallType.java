package io.ordercore.domain.catalog;

import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.OperatorGender;
import io.ordercore.domain.shared.Text;
import io.ordercore.domain.shared.ValidationException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a client orders ("Apologise", "Birthday greeting"): a price in whole roubles, the operator
 * gender it requires (a hard rule for dispatch) and the talents it asks for. Frozen call types are
 * hidden from clients and cannot be ordered.
 */
public record CallType(
        CallTypeId id,
        CategoryId categoryId,
        String name,
        Money price,
        Optional<String> description,
        OperatorGender requiredGender,
        List<TalentId> talents,
        Optional<String> imageUrl,
        boolean frozen) {

    public static final int MAX_NAME = 255;
    public static final int MAX_DESCRIPTION = 4000;
    /** Upper bound for a price, in roubles; far above any real call and far below overflow. */
    public static final long MAX_PRICE_ROUBLES = 10_000_000L;

    public CallType {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(categoryId, "categoryId");
        name = Text.required(name, MAX_NAME);
        Objects.requireNonNull(price, "price");
        if (!price.isPositive() || price.minor() % 100 != 0 || !price.currency().equals(Money.RUB)
                || price.minor() > MAX_PRICE_ROUBLES * 100) {
            throw ValidationException.of("price", "INVALID_PRICE", "must be a positive whole number of roubles");
        }
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(requiredGender, "requiredGender");
        talents = List.copyOf(new LinkedHashSet<>(talents));
        Objects.requireNonNull(imageUrl, "imageUrl");
    }

    /** Validates a whole-rouble price as an administrator enters it. */
    public static Money priceInRoubles(long roubles) {
        if (roubles <= 0 || roubles > MAX_PRICE_ROUBLES) {
            throw ValidationException.of("price", "INVALID_PRICE",
                    "must be a whole number of roubles from 1 to " + MAX_PRICE_ROUBLES);
        }
        return Money.roubles(roubles);
    }

    public CallType withFrozen(boolean nowFrozen) {
        return new CallType(id, categoryId, name, price, description, requiredGender, talents, imageUrl, nowFrozen);
    }
}
