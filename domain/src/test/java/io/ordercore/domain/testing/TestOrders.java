package io.ordercore.domain.testing;

import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.catalog.CallTypeId;
import io.ordercore.domain.order.CallOrderDetails;
import io.ordercore.domain.order.CallWindow;
import io.ordercore.domain.order.Client;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderHistoryEntry;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.order.OrderPrice;
import io.ordercore.domain.order.OrderSnapshot;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.order.OrderedCallType;
import io.ordercore.domain.order.Recipient;
import io.ordercore.domain.point.PointId;
import io.ordercore.domain.shared.CountryCode;
import io.ordercore.domain.shared.Email;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.OperatorGender;
import io.ordercore.domain.shared.PhoneNumber;
import io.ordercore.domain.workflow.Actor;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Test-data builder for orders with sensible defaults; any status, via rehydration. */
public final class TestOrders {

    private long id = 1;
    private OrderStatus status = OrderStatus.UNPAID;
    private String clientName = "Ivan Petrov";
    private String clientEmail = "ivan@example.com";
    private String recipientName = "Maria Ivanova";
    private String recipientPhone = "+79161234567";
    private long callTypeId = 10;
    private String callTypeName = "Birthday greeting";
    private CallWindow window = new CallWindow(LocalDate.parse("2026-11-25"), LocalTime.parse("10:00"), LocalTime.parse("12:00"));
    private Money price = Money.roubles(500);
    private Instant createdAt = Instant.parse("2026-11-23T06:00:00Z");
    private long version = 1;
    private Optional<AccountId> owner = Optional.of(new AccountId(100));
    private Optional<PointId> point = Optional.of(new PointId(1));
    private Optional<AccountId> operator = Optional.empty();
    private final List<OrderHistoryEntry> extraHistory = new ArrayList<>();

    private TestOrders() {
    }

    public static TestOrders anOrder() {
        return new TestOrders();
    }

    public TestOrders id(long value) {
        this.id = value;
        return this;
    }

    /** The order's status; history gets a matching entry so the order looks as if it got there. */
    public TestOrders status(OrderStatus value) {
        this.status = value;
        return this;
    }

    /** Adds a status entry to the history (before the one leading to the final status). */
    public TestOrders wasOnceIn(OrderStatus value) {
        extraHistory.add(new OrderHistoryEntry(2 + extraHistory.size(), createdAt, Actor.system("test"),
                OrderHistoryEntry.Kind.STATUS, Optional.of(OrderStatus.UNPAID), value, Optional.empty()));
        return this;
    }

    public TestOrders client(String name, String email) {
        this.clientName = name;
        this.clientEmail = email;
        return this;
    }

    public TestOrders recipient(String name, String phone) {
        this.recipientName = name;
        this.recipientPhone = phone;
        return this;
    }

    public TestOrders callType(long typeId, String name) {
        this.callTypeId = typeId;
        this.callTypeName = name;
        return this;
    }

    /** The client account that placed the order (default 100). */
    public TestOrders owner(long accountId) {
        this.owner = Optional.of(new AccountId(accountId));
        return this;
    }

    /** No owner: an order from before accounts existed. */
    public TestOrders noOwner() {
        this.owner = Optional.empty();
        return this;
    }

    public TestOrders point(long pointId) {
        this.point = Optional.of(new PointId(pointId));
        return this;
    }

    public TestOrders operator(long accountId) {
        this.operator = Optional.of(new AccountId(accountId));
        return this;
    }

    public TestOrders window(CallWindow value) {
        this.window = value;
        return this;
    }

    public TestOrders price(Money value) {
        this.price = value;
        return this;
    }

    public TestOrders createdAt(Instant value) {
        this.createdAt = value;
        return this;
    }

    public TestOrders version(long value) {
        this.version = value;
        return this;
    }

    public CallOrderDetails details() {
        return new CallOrderDetails(
                new Client(clientName, Email.of(clientEmail)),
                new Recipient(recipientName, new PhoneNumber(recipientPhone), CountryCode.of("RU"), "Moscow"),
                new OrderedCallType(new CallTypeId(callTypeId), callTypeName),
                window, OperatorGender.ANY, Optional.of("Be kind"), false, createdAt);
    }

    public Optional<AccountId> owner() {
        return owner;
    }

    public Optional<PointId> point() {
        return point;
    }

    /** A stored order (version {@code >= 1}) in the chosen status. */
    public Order build() {
        List<OrderHistoryEntry> history = new ArrayList<>();
        history.add(new OrderHistoryEntry(1, createdAt, Actor.client(clientEmail), OrderHistoryEntry.Kind.STATUS,
                Optional.empty(), OrderStatus.UNPAID, Optional.of("placed")));
        history.addAll(extraHistory);
        if (status != OrderStatus.UNPAID) {
            history.add(new OrderHistoryEntry(history.size() + 1, createdAt, Actor.system("test"),
                    OrderHistoryEntry.Kind.STATUS, Optional.of(OrderStatus.UNPAID), status, Optional.empty()));
        }
        Optional<java.time.Instant> firstPaidAt = history.stream()
                .filter(e -> e.kind() == OrderHistoryEntry.Kind.STATUS && e.to() == OrderStatus.PAID)
                .findFirst().map(OrderHistoryEntry::at);
        return Order.rehydrate(new OrderSnapshot(new OrderId(id), status, owner, point, operator, details(),
                OrderPrice.undiscounted(price), createdAt, createdAt, firstPaidAt, version, history));
    }
}
