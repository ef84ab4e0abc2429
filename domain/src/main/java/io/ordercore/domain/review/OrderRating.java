package io.ordercore.domain.review;

import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.point.PointId;
import io.ordercore.domain.shared.FieldError;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.shared.ValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A client's rating of an order on several aspects (system B), 1..5 each, once per order. The
 * aspects are configurable; a rating scores exactly the aspects configured when it is given.
 */
public record OrderRating(OrderId order, AccountId client, Optional<AccountId> operator, Optional<PointId> point,
                          Map<String, Integer> scores, Instant ratedAt) {

    public static final List<String> DEFAULT_ASPECTS = List.of("quality", "speed", "politeness", "price", "overall");
    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 5;

    public OrderRating {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(point, "point");
        scores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scores));
        Objects.requireNonNull(ratedAt, "ratedAt");
    }

    /**
     * Checks submitted scores against the configured aspects: every aspect scored, no other,
     * each 1..5. Reports all problems at once.
     */
    public static Map<String, Integer> checkScores(Map<String, Integer> submitted, List<String> aspects) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (String aspect : aspects) {
            Integer score = submitted == null ? null : submitted.get(aspect);
            if (score == null) {
                errors.add(new FieldError("scores." + aspect, "REQUIRED", "score this aspect from 1 to 5"));
            } else if (score < MIN_SCORE || score > MAX_SCORE) {
                errors.add(new FieldError("scores." + aspect, "OUT_OF_RANGE", "must be from 1 to 5"));
            } else {
                scores.put(aspect, score);
            }
        }
        if (submitted != null) {
            submitted.keySet().stream().filter(k -> !aspects.contains(k)).sorted().forEach(k ->
                    errors.add(new FieldError("scores." + k, "UNKNOWN_ASPECT", "aspects are " + aspects)));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return scores;
    }
}
