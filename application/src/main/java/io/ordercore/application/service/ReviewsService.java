package io.ordercore.application.service;

import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.in.ReviewsUseCase;
import io.ordercore.application.port.out.Accounts;
import io.ordercore.application.port.out.Ids;
import io.ordercore.application.port.out.Operators;
import io.ordercore.application.port.out.Orders;
import io.ordercore.application.port.out.Reviews;
import io.ordercore.application.port.out.Settings;
import io.ordercore.domain.account.Account;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.point.PointId;
import io.ordercore.domain.review.Attitude;
import io.ordercore.domain.review.OrderRating;
import io.ordercore.domain.review.Review;
import io.ordercore.domain.review.ReviewStatus;
import io.ordercore.domain.shared.Choices;
import io.ordercore.domain.shared.Email;
import io.ordercore.domain.shared.MoscowTime;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.shared.RefusedException;
import io.ordercore.domain.shared.Validation;
import io.ordercore.domain.shared.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

final class ReviewsService implements ReviewsUseCase {

    static final String ASPECTS = "ratings.aspects";
    private static final Role[] MODERATORS = {Role.ADMIN, Role.SITE_MANAGER};

    private final Orders orders;
    private final Reviews reviews;
    private final Operators operators;
    private final Accounts accounts;
    private final Settings settings;
    private final Ids ids;
    private final AuditTrail audit;
    private final Clock clock;

    ReviewsService(Orders orders, Reviews reviews, Operators operators, Accounts accounts, Settings settings, Ids ids,
                   AuditTrail audit, Clock clock) {
        this.orders = orders;
        this.reviews = reviews;
        this.operators = operators;
        this.accounts = accounts;
        this.settings = settings;
        this.ids = ids;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Review leave(Caller caller, OrderId id, String text, Integer attitude) {
        return audit.record(caller, "review.leave", r -> "review:" + r.id(), "order:" + id, () -> {
            Caller.SignedIn me = Permissions.signedIn(caller);
            Validation v = new Validation();
            String checked = v.check("text", () -> io.ordercore.domain.shared.Text.required(text, Review.MAX_TEXT));
            Attitude how = v.check("attitude", () -> Attitude.of(attitude));
            v.throwIfInvalid();
            Order order = completedOrderOf(me, id);
            Review review = Review.pending(ids.nextReviewId(), id, me.id(), order.operator().orElseThrow(), checked, how, now());
            if (!reviews.insert(review)) {
                throw new RefusedException("REVIEW_EXISTS", "order " + id.value() + " has its review already");
            }
            return review;
        });
    }

    @Override
    public List<Review> list(Caller caller, ListForm form) {
        Permissions.require(caller, MODERATORS);
        Validation v = new Validation();
        Optional<ReviewStatus> status = v.checkOptional("status", form.status(), raw -> Choices.parse(ReviewStatus.class, raw));
        Optional<Instant> from = v.checkOptional("from", form.from(), raw -> day(raw));
        Optional<Instant> to = v.checkOptional("to", form.to(), raw -> day(raw).plus(1, ChronoUnit.DAYS));
        Optional<AccountId> client = Optional.empty();
        Optional<Email> email = v.checkOptional("clientEmail", form.clientEmail(), Email::of);
        int limit = form.limit() == null ? 50 : form.limit();
        if (limit < 1 || limit > 1000) {
            v.reject("limit", "OUT_OF_RANGE", "must be 1..1000");
        }
        v.throwIfInvalid();
        if (email.isPresent()) {
            Optional<Account> account = accounts.findByEmail(email.get());
            if (account.isEmpty()) {
                return List.of();
            }
            client = account.map(Account::id);
        }
        Optional<String> text = Optional.ofNullable(form.text()).map(String::trim).filter(t -> !t.isEmpty());
        return reviews.list(new Reviews.Query(status, text, from, to, client,
                form.beforeId() == null ? 0 : form.beforeId(), limit));
    }

    @Override
    public int moderate(Caller caller, List<Long> reviewIds, boolean approve) {
        return audit.recordEach(caller, approve ? "review.approve" : "review.reject",
                moved -> reviewIds.stream().map(id -> "review:" + id).toList(), "review:selected", () -> {
                    Permissions.require(caller, MODERATORS);
                    if (reviewIds == null || reviewIds.isEmpty()) {
                        throw ValidationException.of("ids", "REQUIRED", "select at least one review");
                    }
                    int moved = 0;
                    for (Long id : reviewIds.stream().distinct().toList()) {
                        Optional<Review> review = reviews.find(id);
                        if (review.isPresent() && reviews.moderate(id, approve ? ReviewStatus.APPROVED : ReviewStatus.REJECTED,
                                now())) {
                            moved++;
                            int delta = review.get().attitude().ratingDelta();
                            if (approve && delta != 0) {
                                operators.addToRating(review.get().operator(), delta);
                            }
                        }
                    }
                    return moved;
                });
    }

    @Override
    public OrderRating rate(Caller caller, OrderId id, Map<String, Integer> scores) {
        return audit.record(caller, "order.rate", "order:" + id, () -> {
            Caller.SignedIn me = Permissions.signedIn(caller);
            Map<String, Integer> checked = OrderRating.checkScores(scores, aspects());
            Order order = completedOrderOf(me, id);
            OrderRating rating = new OrderRating(id, me.id(), order.operator(), order.point(), checked, now());
            if (!reviews.insertRating(rating)) {
                throw new RefusedException("RATING_EXISTS", "order " + id.value() + " is rated already");
            }
            return rating;
        });
    }

    @Override
    public List<String> aspects() {
        return settings.get(ASPECTS).map(s -> Arrays.stream(s.split(",")).map(String::trim).filter(a -> !a.isEmpty()).toList())
                .orElse(OrderRating.DEFAULT_ASPECTS);
    }

    @Override
    public List<String> setAspects(Caller caller, List<String> aspects) {
        return audit.record(caller, "ratings.aspects", "setting:" + ASPECTS, () -> {
            Permissions.require(caller, Role.ADMIN);
            List<String> clean = aspects == null ? List.of() : aspects.stream().filter(a -> a != null && !a.isBlank())
                    .map(a -> a.trim().toLowerCase(java.util.Locale.ROOT)).distinct().toList();
            if (clean.isEmpty() || clean.size() > 10 || clean.stream().anyMatch(a -> !a.matches("[a-z][a-z0-9_-]{0,39}"))) {
                throw ValidationException.of("aspects", "INVALID_ASPECTS",
                        "1 to 10 aspects, each a word of lower-case letters, digits, '-' or '_' (at most 40)");
            }
            settings.put(ASPECTS, String.join(",", clean));
            return clean;
        });
    }

    @Override
    public Reviews.Averages operatorAverages(Caller caller, long operatorId) {
        Permissions.require(caller, Role.ADMIN, Role.SITE_MANAGER, Role.SUPERVISOR);
        AccountId operator = KnownIds.account("Operator", operatorId);
        operators.find(operator).orElseThrow(() -> new NotFoundException("Operator", operatorId));
        return reviews.averagesForOperator(operator);
    }

    @Override
    public Reviews.Averages pointAverages(Caller caller, long pointId) {
        Permissions.require(caller, Role.ADMIN, Role.SITE_MANAGER, Role.SUPERVISOR, Role.POINT_MANAGER);
        if (caller instanceof Caller.SignedIn s && s.role() == Role.POINT_MANAGER
                && s.point().filter(p -> p.value() == pointId).isEmpty()) {
            throw new NotFoundException("Point", pointId);
        }
        if (pointId <= 0) {
            throw new NotFoundException("Point", pointId);
        }
        return reviews.averagesForPoint(new PointId(pointId));
    }

    /** The caller's own Completed order; anybody else's is as if it did not exist. */
    private Order completedOrderOf(Caller.SignedIn me, OrderId id) {
        Order order = orders.find(id).filter(o -> o.owner().filter(me.id()::equals).isPresent())
                .orElseThrow(() -> new NotFoundException("Order", id.value()));
        if (order.status() != OrderStatus.COMPLETED || order.operator().isEmpty()) {
            throw new RefusedException("ORDER_NOT_COMPLETED", "only a completed order can be reviewed or rated; order "
                    + id.value() + " is " + order.status());
        }
        return order;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static Instant day(String raw) {
        try {
            return LocalDate.parse(raw.trim()).atStartOfDay(MoscowTime.ZONE).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw ValidationException.of("date", "INVALID_DATE", "must be a date like 2026-11-23");
        }
    }
}
