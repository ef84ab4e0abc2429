package io.ordercore.application.service;

import static io.ordercore.domain.testing.TestOrders.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.ordercore.application.port.in.AccessDeniedException;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.FindOrdersUseCase;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.in.OrderListQuery;
import io.ordercore.application.port.in.UnauthenticatedException;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.application.testing.OrderListForms;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.point.PointId;
import io.ordercore.domain.testing.MutableClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who reads which orders, for every role. Two points; orders:
 * <pre>
 *   1  client A (point 1), operator X
 *   2  client A (point 1), no operator
 *   3  client B (point 2), operator X
 *   4  client B (point 2), operator Y
 *   5  no owner (placed before accounts existed), point 2
 * </pre>
 */
class OrderScopingTest {

    private static final Set<Long> ALL = Set.of(1L, 2L, 3L, 4L, 5L);

    private final InMemoryCore memory = new InMemoryCore(MutableClock.atDefaultNow());
    private final FindOrdersUseCase find = memory.core.findOrders();
    private final PointId north = memory.newPoint("North");
    private final Map<String, Caller> callers = new java.util.HashMap<>();

    @BeforeEach
    void seed() {
        Caller.SignedIn clientA = memory.signedIn(Role.CLIENT, "a@example.com", InMemoryCore.MAIN_POINT);
        Caller.SignedIn clientB = memory.signedIn(Role.CLIENT, "b@example.com", north);
        Caller.SignedIn operatorX = memory.signedIn(Role.OPERATOR, "x@example.com");
        Caller.SignedIn operatorY = memory.signedIn(Role.OPERATOR, "y@example.com");
        callers.put("client A", clientA);
        callers.put("client B", clientB);
        callers.put("client C (no orders)", memory.signedIn(Role.CLIENT, "c@example.com"));
        callers.put("operator X", operatorX);
        callers.put("operator Y", operatorY);
        callers.put("operator Z (no orders)", memory.signedIn(Role.OPERATOR, "z@example.com"));
        callers.put("point manager 1", memory.signedIn(Role.POINT_MANAGER, "pm1@example.com", InMemoryCore.MAIN_POINT));
        callers.put("point manager 2", memory.signedIn(Role.POINT_MANAGER, "pm2@example.com", north));
        callers.put("supervisor", memory.signedIn(Role.SUPERVISOR, "sv@example.com"));
        callers.put("site manager", memory.signedIn(Role.SITE_MANAGER, "sm@example.com"));
        callers.put("admin", memory.admin());
        callers.put("system", Caller.system("reports"));

        store(anOrder().owner(clientA.id().value()).point(1).operator(operatorX.id().value()));
        store(anOrder().owner(clientA.id().value()).point(1));
        store(anOrder().owner(clientB.id().value()).point(north.value()).operator(operatorX.id().value()));
        store(anOrder().owner(clientB.id().value()).point(north.value()).operator(operatorY.id().value()));
        store(anOrder().noOwner().point(north.value()));
    }

    /** Stores the order under the next id, as if placed: 1, 2, 3... */
    private void store(io.ordercore.domain.testing.TestOrders order) {
        memory.orders.save(order.id(memory.ids.nextOrderId().value()).version(0).build());
    }

    static Stream<Arguments> sight() {
        return Stream.of(
                arguments("client A", Set.of(1L, 2L)),
                arguments("client B", Set.of(3L, 4L)),
                arguments("client C (no orders)", Set.of()),
                arguments("operator X", Set.of(1L, 3L)),
                arguments("operator Y", Set.of(4L)),
                arguments("operator Z (no orders)", Set.of()),
                arguments("point manager 1", Set.of(1L, 2L)),
                arguments("point manager 2", Set.of(3L, 4L, 5L)),
                arguments("supervisor", ALL),
                arguments("site manager", ALL),
                arguments("admin", ALL),
                arguments("system", ALL));
    }

    private Set<Long> listed(Caller caller, OrderListQuery query) {
        return new TreeSet<>(find.list(caller, query).items().stream().map(s -> s.id().value()).toList());
    }

    @ParameterizedTest(name = "{0} lists {1}")
    @MethodSource("sight")
    void the_list_shows_exactly_the_orders_in_sight(String who, Set<Long> visible) {
        assertThat(listed(callers.get(who), OrderListQuery.all())).containsExactlyInAnyOrderElementsOf(visible);
    }

    @ParameterizedTest(name = "{0} opens {1}")
    @MethodSource("sight")
    void opening_an_order_out_of_sight_is_the_same_not_found_as_a_missing_one(String who, Set<Long> visible) {
        Caller caller = callers.get(who);
        List<Long> opened = new ArrayList<>();
        for (long id : List.of(1L, 2L, 3L, 4L, 5L)) {
            if (visible.contains(id)) {
                Order order = find.get(caller, new OrderId(id));
                assertThat(order.id().value()).isEqualTo(id);
                opened.add(id);
            } else {
                assertThatThrownBy(() -> find.get(caller, new OrderId(id)))
                        .isInstanceOfSatisfying(NotFoundException.class, e -> {
                            assertThat(e.code()).isEqualTo("NOT_FOUND");
                            assertThat(e.getMessage()).isEqualTo("Order " + id + " not found");
                        });
            }
        }
        assertThat(opened).containsExactlyInAnyOrderElementsOf(visible);
        assertThatThrownBy(() -> find.get(caller, new OrderId(404)))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.getMessage()).isEqualTo("Order 404 not found"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sight")
    void filters_work_inside_the_scope_and_never_widen_it(String who, Set<Long> visible) {
        Caller caller = callers.get(who);

        for (long id : List.of(1L, 2L, 3L, 4L, 5L)) {
            Set<Long> found = listed(caller, OrderListForms.filters().id(String.valueOf(id)).query());
            assertThat(found).isEqualTo(visible.contains(id) ? Set.of(id) : Set.of());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sight")
    void paging_through_the_scope_visits_each_order_in_sight_once(String who, Set<Long> visible) {
        Caller caller = callers.get(who);
        List<Long> seen = new ArrayList<>();
        OrderListQuery query = OrderListForms.filters().limit(1).query();
        for (int page = 0; page < 10; page++) {
            var result = find.list(caller, query);
            result.items().forEach(s -> seen.add(s.id().value()));
            if (result.nextCursor().isEmpty()) {
                break;
            }
            query = OrderListForms.filters().limit(1).cursor(result.nextCursor().get()).query();
        }
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(visible);
    }

    @Test
    void a_visitor_must_sign_in_to_read_orders() {
        assertThatThrownBy(() -> find.list(Caller.anonymous(), OrderListQuery.all()))
                .isInstanceOfSatisfying(UnauthenticatedException.class,
                        e -> assertThat(e.code()).isEqualTo(UnauthenticatedException.SIGN_IN_REQUIRED));
        assertThatThrownBy(() -> find.get(Caller.anonymous(), new OrderId(1)))
                .isInstanceOfSatisfying(UnauthenticatedException.class,
                        e -> assertThat(e.code()).isEqualTo(UnauthenticatedException.SIGN_IN_REQUIRED));
    }

    @Test
    void a_point_manager_without_a_point_sees_nothing() {
        Caller.SignedIn pm = (Caller.SignedIn) callers.get("point manager 1");
        Caller.SignedIn pointless = new Caller.SignedIn(pm.id(), pm.email(), pm.role(), Optional.empty(), Optional.empty());

        assertThatThrownBy(() -> find.list(pointless, OrderListQuery.all()))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo("FORBIDDEN"));
        assertThatThrownBy(() -> find.get(pointless, new OrderId(1))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void an_impersonating_supervisor_sees_what_the_impersonated_client_sees() {
        Caller.SignedIn clientA = (Caller.SignedIn) callers.get("client A");
        Caller.SignedIn supervisor = (Caller.SignedIn) callers.get("supervisor");
        Caller.SignedIn actingAsA = new Caller.SignedIn(clientA.id(), clientA.email(), clientA.role(), clientA.point(),
                Optional.of(new Caller.Impersonator(supervisor.id(), supervisor.email(), supervisor.role())));

        assertThat(listed(actingAsA, OrderListQuery.all())).containsExactly(1L, 2L);
        assertThatThrownBy(() -> find.get(actingAsA, new OrderId(3))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void an_order_placed_by_a_client_lands_in_the_scope_of_their_point() {
        Caller.SignedIn clientB = (Caller.SignedIn) callers.get("client B");
        long callType = new io.ordercore.application.testing.TestCatalog(memory.core.manageCatalog()).birthdayGreeting().id().value();

        Order placed = memory.core.placeCallOrder().place(clientB,
                io.ordercore.application.testing.CallOrderForms.aForm(callType).build()).order();

        assertThat(placed.point()).contains(north);
        assertThat(listed(callers.get("point manager 2"), OrderListQuery.all())).contains(placed.id().value());
        assertThat(listed(callers.get("point manager 1"), OrderListQuery.all())).doesNotContain(placed.id().value());
        assertThat(listed(clientB, OrderListQuery.all())).contains(placed.id().value());
    }
}
