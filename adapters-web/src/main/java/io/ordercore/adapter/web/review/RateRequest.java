package io.ordercore.adapter.web.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.adapter.web.json.StrictLong;
import io.ordercore.domain.shared.Validation;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A rating of one's own completed order: {@code scores} maps every configured aspect to a whole
 * number 1..5. Read as JSON values so that 4.5 is refused by name rather than taken as 4.
 */
@Serdeable
public record RateRequest(@Nullable Map<String, JsonNode> scores) {

    /** The scores as whole numbers (null when absent, for the core to report every aspect missing). */
    Map<String, Integer> toScores() {
        if (scores == null) {
            return null;
        }
        Validation v = new Validation();
        Map<String, Integer> whole = new LinkedHashMap<>();
        scores.forEach((aspect, value) -> {
            if (value != null && StrictLong.isWholeNumber(value) && value.getLongValue() == (int) value.getLongValue()) {
                whole.put(aspect, (int) value.getLongValue());
            } else {
                v.reject("scores." + aspect, "INVALID_TYPE", "must be a whole number");
            }
        });
        v.throwIfInvalid();
        return whole;
    }
}
