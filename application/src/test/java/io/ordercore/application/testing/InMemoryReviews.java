package io.ordercore.application.testing;

import io.ordercore.application.port.out.Reviews;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.point.PointId;
import io.ordercore.domain.review.OrderRating;
import io.ordercore.domain.review.Review;
import io.ordercore.domain.review.ReviewStatus;
import io.ordercore.domain.shared.OrderId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/** {@link Reviews} over {@link InMemoryStore}, with the SQL adapter's semantics. */
public final class InMemoryReviews implements Reviews {

    private final InMemoryStore store;

    public InMemoryReviews(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public boolean insert(Review review) {
        return store.locked(s -> {
            if (s.reviews.containsKey(review.id()) || s.reviews.values().stream().anyMatch(r -> r.order().equals(review.order()))) {
                return false;
            }
            s.reviews.put(review.id(), review);
            return true;
        });
    }

    @Override
    public Optional<Review> find(long id) {
        return store.locked(s -> Optional.ofNullable(s.reviews.get(id)));
    }

    @Override
    public Optional<Review> forOrder(OrderId order) {
        return store.locked(s -> s.reviews.values().stream().filter(r -> r.order().equals(order)).findFirst());
    }

    @Override
    public List<Review> list(Query q) {
        Optional<String> text = q.text().map(t -> t.toLowerCase(Locale.ROOT));
        return store.locked(s -> s.reviews.descendingMap().values().stream()
                .filter(r -> q.status().map(st -> st == r.status()).orElse(true))
                .filter(r -> text.map(t -> r.text().toLowerCase(Locale.ROOT).contains(t)).orElse(true))
                .filter(r -> q.from().map(from -> !r.createdAt().isBefore(from)).orElse(true))
                .filter(r -> q.to().map(to -> r.createdAt().isBefore(to)).orElse(true))
                .filter(r -> q.client().map(c -> c.equals(r.client())).orElse(true))
                .filter(r -> q.beforeId() <= 0 || r.id() < q.beforeId())
                .limit(q.limit())
                .toList());
    }

    @Override
    public boolean moderate(long id, ReviewStatus to, Instant at) {
        return store.locked(s -> {
            Review r = s.reviews.get(id);
            if (r == null || r.status() != ReviewStatus.PENDING) {
                return false;
            }
            s.reviews.put(id, new Review(r.id(), r.order(), r.client(), r.operator(), r.text(), r.attitude(), to, r.createdAt(),
                    Optional.of(at)));
            return true;
        });
    }

    @Override
    public long countPending() {
        return store.locked(s -> s.reviews.values().stream().filter(r -> r.status() == ReviewStatus.PENDING).count());
    }

    @Override
    public boolean insertRating(OrderRating rating) {
        return store.locked(s -> s.ratings.putIfAbsent(rating.order(), rating) == null);
    }

    @Override
    public Optional<OrderRating> ratingOf(OrderId order) {
        return store.locked(s -> Optional.ofNullable(s.ratings.get(order)));
    }

    @Override
    public Averages averagesForOperator(AccountId operator) {
        return averages(r -> r.operator().filter(operator::equals).isPresent());
    }

    @Override
    public Averages averagesForPoint(PointId point) {
        return averages(r -> r.point().filter(point::equals).isPresent());
    }

    private Averages averages(Predicate<OrderRating> of) {
        return store.locked(s -> {
            List<OrderRating> rated = s.ratings.values().stream().filter(of).toList();
            Map<String, long[]> sumAndCount = new TreeMap<>();
            for (OrderRating r : rated) {
                r.scores().forEach((aspect, score) -> {
                    long[] acc = sumAndCount.computeIfAbsent(aspect, k -> new long[2]);
                    acc[0] += score;
                    acc[1]++;
                });
            }
            Map<String, BigDecimal> byAspect = new TreeMap<>();
            sumAndCount.forEach((aspect, acc) -> byAspect.put(aspect,
                    BigDecimal.valueOf(acc[0]).divide(BigDecimal.valueOf(acc[1]), 2, RoundingMode.HALF_UP)));
            return new Averages(rated.size(), Collections.unmodifiableMap(byAspect));
        });
    }
}
