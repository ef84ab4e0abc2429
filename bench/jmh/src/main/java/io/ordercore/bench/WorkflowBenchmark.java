package io.ordercore.bench;

import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.catalog.CallTypeId;
import io.ordercore.domain.order.CallOrderDetails;
import io.ordercore.domain.order.CallOrderWorkflow;
import io.ordercore.domain.order.CallWindow;
import io.ordercore.domain.order.Client;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderHistoryEntry;
import io.ordercore.domain.order.OrderPrice;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.order.OrderedCallType;
import io.ordercore.domain.order.Recipient;
import io.ordercore.domain.point.PointId;
import io.ordercore.domain.shared.CountryCode;
import io.ordercore.domain.shared.Email;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.OperatorGender;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.shared.PhoneNumber;
import io.ordercore.domain.workflow.Actor;
import io.ordercore.domain.workflow.ActorKind;
import io.ordercore.domain.workflow.Transition;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The order workflow: {@code CallOrderWorkflow.TABLE.check} for legal plain moves (cycled, so the
 * lookup is not one constant), and a whole order's life in one step: {@link Order#place} (window
 * check, first history entry) then {@link Order#changeStatus} to CANCELLED by an administrator.
 * The order's details (client, recipient, window) are built once, as the web layer hands them over
 * already parsed; the fixed clock is 2026-11-23T06:00Z, two days before the call.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
public class WorkflowBenchmark {

    /** Legal plain moves and who makes them: {from, to} with the actor kind at the same index. */
    private static final OrderStatus[][] MOVES = {
            {OrderStatus.UNPAID, OrderStatus.CANCELLED},
            {OrderStatus.PAID, OrderStatus.FAILED},
            {OrderStatus.OPERATOR_PROPOSED, OrderStatus.PAID},
            {OrderStatus.IN_PROGRESS, OrderStatus.ERROR},
    };
    private static final ActorKind[] MOVERS = {ActorKind.ADMIN, ActorKind.SYSTEM, ActorKind.OPERATOR, ActorKind.SYSTEM};

    private Clock clock;
    private CallOrderDetails details;
    private OrderPrice price;
    private AccountId owner;
    private Optional<PointId> point;
    private Actor client;
    private Actor admin;
    private long nextOrderId;
    private int nextMove;

    @Setup(Level.Trial)
    public void setUp() {
        Instant now = Instant.parse("2026-11-23T06:00:00Z");
        clock = Clock.fixed(now, ZoneOffset.UTC);
        CallWindow window = new CallWindow(LocalDate.parse("2026-11-25"), LocalTime.parse("10:00"), LocalTime.parse("12:00"));
        details = new CallOrderDetails(
                new Client("Ivan Petrov", Email.of("ivan@example.com")),
                new Recipient("Maria Ivanova", new PhoneNumber("+79161234567"), CountryCode.of("RU"), "Moscow"),
                new OrderedCallType(new CallTypeId(10), "Birthday greeting"),
                window, OperatorGender.ANY, Optional.of("Be kind"), false, now);
        price = OrderPrice.undiscounted(Money.roubles(500));
        owner = new AccountId(100);
        point = Optional.of(new PointId(1));
        client = Actor.client("ivan@example.com");
        admin = Actor.admin("admin@example.com");
        nextOrderId = 1;
    }

    @Benchmark
    public Transition<OrderStatus> checkLegalMove() {
        int i = nextMove;
        nextMove = (i + 1) & (MOVES.length - 1);
        return CallOrderWorkflow.TABLE.check(MOVES[i][0], MOVES[i][1], MOVERS[i], true);
    }

    @Benchmark
    public OrderHistoryEntry placeAndCancel() {
        Order order = Order.place(new OrderId(nextOrderId++), owner, point, details, price, client, clock);
        return order.changeStatus(OrderStatus.CANCELLED, admin, "client asked to cancel", clock);
    }
}
