package io.ordercore.application.port.in;

import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.catalog.CallTypeId;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.point.PointId;
import io.ordercore.domain.shared.Choices;
import io.ordercore.domain.shared.MoscowTime;
import io.ordercore.domain.shared.Validation;
import io.ordercore.domain.shared.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A checked order-list query. Text filters are lower-cased prefixes; {@code limit} is
 * 1..{@link #MAX_LIMIT}; the cursor, when present, belongs to the same sort. The scope fields
 * ({@code owner}, {@code point}, {@code operator}) are set by the use case from the caller, never
 * from input.
 */
public record OrderListQuery(
        Optional<OrderId> id,
        Optional<String> clientEmailPrefix,
        Optional<String> clientNamePrefix,
        Optional<CallTypeId> callType,
        Optional<String> recipientNamePrefix,
        Optional<String> recipientPhonePrefix,
        Optional<Instant> createdFrom,
        Optional<Instant> createdTo,
        Optional<Instant> scheduledFrom,
        Optional<Instant> scheduledTo,
        Set<OrderStatus> statuses,
        OrderSort sort,
        int limit,
        Optional<OrderCursor> cursor,
        Optional<AccountId> owner,
        Optional<PointId> point,
        Optional<AccountId> operator) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 1000;

    public OrderListQuery {
        statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ValidationException.of("limit", "OUT_OF_RANGE", "must be 1.." + MAX_LIMIT);
        }
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(operator, "operator");
        if (cursor.isPresent() && cursor.get().sort() != sort) {
            throw ValidationException.of("cursor", "INVALID_CURSOR", "belongs to another sort");
        }
    }

    /** Everything, newest first, first page of the default size. */
    public static OrderListQuery all() {
        return parse(OrderListForm.empty());
    }

    public OrderListQuery after(OrderCursor next) {
        return new OrderListQuery(id, clientEmailPrefix, clientNamePrefix, callType, recipientNamePrefix,
                recipientPhonePrefix, createdFrom, createdTo, scheduledFrom, scheduledTo, statuses, sort, limit,
                Optional.of(next), owner, point, operator);
    }

    /** The same query limited to one owner, point or operator (empty arguments leave that scope as it is). */
    public OrderListQuery scopedTo(Optional<AccountId> onlyOwner, Optional<PointId> onlyPoint,
                                   Optional<AccountId> onlyOperator) {
        return new OrderListQuery(id, clientEmailPrefix, clientNamePrefix, callType, recipientNamePrefix,
                recipientPhonePrefix, createdFrom, createdTo, scheduledFrom, scheduledTo, statuses, sort, limit, cursor,
                onlyOwner.or(() -> owner), onlyPoint.or(() -> point), onlyOperator.or(() -> operator));
    }

    /** Checks every filter of the form and reports all errors together. */
    public static OrderListQuery parse(OrderListForm form) {
        Validation v = new Validation();
        Optional<OrderId> id = v.checkOptional("id", form.id(), raw -> new OrderId(positiveLong(raw)));
        Optional<CallTypeId> callType = v.checkOptional("callTypeId", form.callTypeId(), raw -> new CallTypeId(positiveLong(raw)));
        Optional<String> phone = v.checkOptional("recipientPhone", form.recipientPhone(), OrderListQuery::phonePrefix);
        Optional<Instant> createdFrom = v.checkOptional("createdFrom", form.createdFrom(), OrderListQuery::instant);
        Optional<Instant> createdTo = v.checkOptional("createdTo", form.createdTo(), OrderListQuery::instant);
        Optional<Instant> scheduledFrom = v.checkOptional("scheduledFrom", form.scheduledFrom(), OrderListQuery::instant);
        Optional<Instant> scheduledTo = v.checkOptional("scheduledTo", form.scheduledTo(), OrderListQuery::instant);
        Set<OrderStatus> statuses = EnumSet.noneOf(OrderStatus.class);
        if (form.statuses() != null) {
            for (String raw : form.statuses()) {
                for (String one : raw.split(",")) {
                    if (!one.isBlank()) {
                        OrderStatus s = v.check("status", () -> Choices.parse(OrderStatus.class, one));
                        if (s != null) {
                            statuses.add(s);
                        }
                    }
                }
            }
        }
        OrderSort sort = v.checkOptional("sort", form.sort(), raw -> Choices.parse(OrderSort.class, raw))
                .orElse(OrderSort.CREATED_DESC);
        int limit = v.checkOptional("limit", form.limit(), OrderListQuery::limit).orElse(DEFAULT_LIMIT);
        Optional<OrderCursor> cursor = v.checkOptional("cursor", form.cursor(), raw -> OrderCursor.decode(raw.trim(), sort));
        v.throwIfInvalid();
        return new OrderListQuery(id, prefix(form.clientEmail()), prefix(form.clientName()), callType,
                prefix(form.recipientName()), phone, createdFrom, createdTo, scheduledFrom, scheduledTo, statuses, sort,
                limit, cursor, Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static Optional<String> prefix(String raw) {
        return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(raw.trim().toLowerCase(Locale.ROOT));
    }

    private static long positiveLong(String raw) {
        try {
            long value = Long.parseLong(raw.trim());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ValidationException.of("id", "NOT_AN_ID", "must be a positive whole number");
    }

    private static int limit(String raw) {
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ValidationException.of("limit", "OUT_OF_RANGE", "must be a whole number 1.." + MAX_LIMIT);
    }

    private static String phonePrefix(String raw) {
        String digits = raw.replaceAll("[\\s()\\-.]", "");
        if (digits.startsWith("+")) {
            digits = digits.substring(1);
        }
        if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit) || digits.length() > 15) {
            throw ValidationException.of("recipientPhone", "INVALID_PHONE_PREFIX", "must be the start of an international number, digits only");
        }
        return "+" + digits;
    }

    private static Instant instant(String raw) {
        String text = raw.trim();
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(MoscowTime.ZONE).toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw ValidationException.of("time", "INVALID_TIME",
                    "must be a date YYYY-MM-DD (Moscow) or an ISO-8601 instant like 2026-11-23T10:00:00Z");
        }
    }
}
