package io.ordercore.application.service;

import static io.ordercore.application.testing.CallOrderForms.aForm;
import static io.ordercore.domain.testing.TestOrders.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.ordercore.application.port.in.AccessDeniedException;
import io.ordercore.application.port.in.AccountCabinetUseCase;
import io.ordercore.application.port.in.AccountCabinetUseCase.OrderStatistics;
import io.ordercore.application.port.in.AccountCabinetUseCase.RepeatOrderCommand;
import io.ordercore.application.port.in.AccountView;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.CatalogElement;
import io.ordercore.application.port.in.ManageCatalogUseCase.CallTypeForm;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.in.OrderListQuery;
import io.ordercore.application.port.in.OutboxMessage;
import io.ordercore.application.port.in.UnauthenticatedException;
import io.ordercore.application.port.out.EmailTakenException;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.application.testing.OrderListForms;
import io.ordercore.application.testing.TestCatalog;
import io.ordercore.domain.account.Account;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.catalog.CallType;
import io.ordercore.domain.notification.NotificationType;
import io.ordercore.domain.order.CallWindow;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.ValidationException;
import io.ordercore.domain.testing.MutableClock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The signed-in client's own cabinet: profile, credentials, own orders, statistics, repeating an order. */
class AccountCabinetTest {

    private final MutableClock clock = MutableClock.atDefaultNow();
    private final InMemoryCore memory = new InMemoryCore(clock);
    private final Ordercore core = memory.core;
    private final AccountCabinetUseCase cabinet = core.cabinet();
    private Caller.SignedIn ivan;
    private Caller.SignedIn anna;

    @BeforeEach
    void openAccounts() {
        ivan = memory.signedIn(Role.CLIENT, "ivan@example.com");
        anna = memory.signedIn(Role.CLIENT, "anna@example.com");
    }

    private Account stored(Caller.SignedIn who) {
        return memory.accounts.find(who.id()).orElseThrow();
    }

    private void store(long id, Caller.SignedIn owner, OrderStatus status, Money total) {
        memory.orders.save(anOrder().id(id).owner(owner.id().value()).status(status).price(total).version(0).build());
    }

    private List<OutboxMessage> outboxOf(NotificationType type) {
        return memory.outbox.all().stream().filter(m -> m.notification().type() == type).toList();
    }

    // --- who may use it

    @Test
    void the_profile_is_the_callers_own_account() {
        AccountView profile = cabinet.profile(ivan);

        assertThat(profile.id()).isEqualTo(ivan.id());
        assertThat(profile.email().value()).isEqualTo("ivan@example.com");
        assertThat(profile.toString()).doesNotContain(stored(ivan).passwordHash());
    }

    @Test
    void visitors_must_sign_in_and_system_code_has_no_cabinet() {
        for (Runnable use : List.<Runnable>of(
                () -> cabinet.profile(Caller.anonymous()),
                () -> cabinet.statistics(Caller.anonymous()),
                () -> cabinet.orders(Caller.anonymous(), OrderListQuery.all()))) {
            assertThatThrownBy(use::run).isInstanceOfSatisfying(UnauthenticatedException.class,
                    e -> assertThat(e.code()).isEqualTo(UnauthenticatedException.SIGN_IN_REQUIRED));
        }
        assertThatThrownBy(() -> cabinet.profile(Caller.system("cron")))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo("FORBIDDEN"));
    }

    // --- own orders

    @Test
    void the_cabinet_lists_and_opens_the_callers_own_orders_only() {
        store(1, ivan, OrderStatus.UNPAID, Money.roubles(500));
        store(2, anna, OrderStatus.PAID, Money.roubles(500));
        store(3, ivan, OrderStatus.COMPLETED, Money.roubles(700));

        assertThat(cabinet.orders(ivan, OrderListQuery.all()).items()).extracting(s -> s.id().value()).containsExactly(3L, 1L);
        assertThat(cabinet.orders(anna, OrderListQuery.all()).items()).extracting(s -> s.id().value()).containsExactly(2L);
        assertThat(cabinet.order(ivan, new OrderId(3)).status()).isEqualTo(OrderStatus.COMPLETED);
        assertThatThrownBy(() -> cabinet.order(ivan, new OrderId(2)))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.code()).isEqualTo("NOT_FOUND");
                    assertThat(e.getMessage()).isEqualTo("Order 2 not found");
                });
        assertThatThrownBy(() -> cabinet.order(ivan, new OrderId(404))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void filters_narrow_the_own_list_but_never_widen_it() {
        store(1, ivan, OrderStatus.UNPAID, Money.roubles(500));
        store(2, anna, OrderStatus.PAID, Money.roubles(500));

        assertThat(cabinet.orders(ivan, OrderListForms.filters().statuses("PAID").query()).items()).isEmpty();
        assertThat(cabinet.orders(ivan, OrderListForms.filters().id("2").query()).items()).isEmpty();
        assertThat(cabinet.orders(ivan, OrderListForms.filters().statuses("UNPAID").query()).items()).hasSize(1);
    }

    @Test
    void staff_see_only_orders_they_placed_themselves_in_their_cabinet() {
        Caller.SignedIn admin = memory.admin();
        store(1, ivan, OrderStatus.UNPAID, Money.roubles(500));

        assertThat(cabinet.orders(admin, OrderListQuery.all()).items()).isEmpty();
        assertThatThrownBy(() -> cabinet.order(admin, new OrderId(1))).isInstanceOf(NotFoundException.class);
    }

    // --- statistics

    @Test
    void statistics_count_every_status_and_add_up_the_paid_totals_to_the_kopeck() {
        store(1, ivan, OrderStatus.PAID, Money.kopecks(10_001));              // 100.01
        store(2, ivan, OrderStatus.OPERATOR_PROPOSED, Money.kopecks(25_050)); // 250.50
        store(3, ivan, OrderStatus.IN_PROGRESS, Money.kopecks(99));           //   0.99
        store(4, ivan, OrderStatus.COMPLETED, Money.kopecks(100_000));        // 1000.00
        store(5, ivan, OrderStatus.COMPLETED, Money.kopecks(1));              //   0.01
        store(6, ivan, OrderStatus.UNPAID, Money.kopecks(70_000));
        store(7, ivan, OrderStatus.CANCELLED, Money.kopecks(80_000));
        store(8, ivan, OrderStatus.FAILED, Money.kopecks(90_000));
        store(9, ivan, OrderStatus.ERROR, Money.kopecks(60_000));
        store(10, anna, OrderStatus.COMPLETED, Money.kopecks(123_456));

        OrderStatistics stats = cabinet.statistics(ivan);

        assertThat(stats.totalPaid()).isEqualTo(Money.kopecks(135_151));
        assertThat(stats.totalPaid().toDecimal().toPlainString()).isEqualTo("1351.51");
        assertThat(stats.countByStatus()).containsOnlyKeys(OrderStatus.values());
        assertThat(stats.countByStatus()).containsEntry(OrderStatus.PAID, 1L)
                .containsEntry(OrderStatus.OPERATOR_PROPOSED, 1L).containsEntry(OrderStatus.IN_PROGRESS, 1L)
                .containsEntry(OrderStatus.COMPLETED, 2L).containsEntry(OrderStatus.UNPAID, 1L)
                .containsEntry(OrderStatus.CANCELLED, 1L).containsEntry(OrderStatus.FAILED, 1L)
                .containsEntry(OrderStatus.ERROR, 1L);
    }

    @Test
    void a_client_without_orders_has_zero_everywhere() {
        store(1, anna, OrderStatus.COMPLETED, Money.roubles(900));

        OrderStatistics stats = cabinet.statistics(ivan);

        assertThat(stats.totalPaid()).isEqualTo(Money.kopecks(0));
        assertThat(stats.countByStatus().values()).containsOnly(0L);
        assertThat(stats.countByStatus()).hasSize(OrderStatus.values().length);
    }

    // --- password

    @Test
    void a_password_change_needs_the_old_password_and_then_only_the_new_one_signs_in() {
        AccountView changed = cabinet.changePassword(ivan, InMemoryCore.PASSWORD, "Lighthouse-Quiet-77");

        assertThat(changed.credentialsVersion()).isEqualTo(2);
        assertThat(core.signIn().signIn("ivan@example.com", "Lighthouse-Quiet-77").id()).isEqualTo(ivan.id());
        assertThatThrownBy(() -> core.signIn().signIn("ivan@example.com", InMemoryCore.PASSWORD))
                .isInstanceOf(UnauthenticatedException.class);
        assertThat(outboxOf(NotificationType.PASSWORD_CHANGED)).singleElement().satisfies(m -> {
            assertThat(m.notification().recipient().value()).isEqualTo("ivan@example.com");
            assertThat(m.notification().params().values()).noneMatch(v -> v.contains("Lighthouse"));
        });
    }

    @Test
    void a_wrong_old_password_changes_nothing_and_counts_as_a_failed_sign_in() {
        String hashBefore = stored(ivan).passwordHash();

        assertThatThrownBy(() -> cabinet.changePassword(ivan, "not-my-password", "Lighthouse-Quiet-77"))
                .isInstanceOfSatisfying(UnauthenticatedException.class,
                        e -> assertThat(e.code()).isEqualTo(UnauthenticatedException.INVALID_CREDENTIALS));
        assertThatThrownBy(() -> cabinet.changePassword(ivan, null, "Lighthouse-Quiet-77"))
                .isInstanceOf(UnauthenticatedException.class);

        assertThat(stored(ivan).passwordHash()).isEqualTo(hashBefore);
        assertThat(stored(ivan).credentialsVersion()).isEqualTo(1);
        assertThat(stored(ivan).failedSignIns()).isEqualTo(1);
        assertThat(outboxOf(NotificationType.PASSWORD_CHANGED)).isEmpty();
    }

    @Test
    void a_weak_new_password_is_a_field_error_under_new_password() {
        assertThatThrownBy(() -> cabinet.changePassword(ivan, InMemoryCore.PASSWORD, "ivan-is-me-ivan"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting("field", "code").containsExactly(tuple("newPassword", "CONTAINS_EMAIL")));
        assertThatThrownBy(() -> cabinet.changePassword(ivan, InMemoryCore.PASSWORD, ""))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting("field", "code").containsExactly(tuple("newPassword", "REQUIRED")));
        assertThat(stored(ivan).credentialsVersion()).isEqualTo(1);
    }

    // --- e-mail

    @Test
    void an_email_change_needs_the_password_and_warns_the_old_address() {
        AccountView changed = cabinet.changeEmail(ivan, " Ivan.New@Example.com ", InMemoryCore.PASSWORD);

        assertThat(changed.email().value()).isEqualTo("ivan.new@example.com");
        assertThat(core.signIn().signIn("ivan.new@example.com", InMemoryCore.PASSWORD).id()).isEqualTo(ivan.id());
        assertThatThrownBy(() -> core.signIn().signIn("ivan@example.com", InMemoryCore.PASSWORD))
                .isInstanceOf(UnauthenticatedException.class);
        assertThat(outboxOf(NotificationType.EMAIL_CHANGED)).singleElement().satisfies(m -> {
            assertThat(m.notification().recipient().value()).isEqualTo("ivan@example.com");
            assertThat(m.notification().params()).containsEntry("newEmail", "ivan.new@example.com");
        });
    }

    @Test
    void an_email_of_another_account_is_taken_whatever_its_case() {
        assertThatThrownBy(() -> cabinet.changeEmail(ivan, "ANNA@example.com", InMemoryCore.PASSWORD))
                .isInstanceOfSatisfying(EmailTakenException.class, e -> assertThat(e.code()).isEqualTo("EMAIL_TAKEN"));

        assertThat(stored(ivan).email().value()).isEqualTo("ivan@example.com");
        assertThat(stored(anna).email().value()).isEqualTo("anna@example.com");
        assertThat(outboxOf(NotificationType.EMAIL_CHANGED)).isEmpty();
    }

    @Test
    void a_wrong_password_or_a_malformed_email_changes_nothing() {
        assertThatThrownBy(() -> cabinet.changeEmail(ivan, "ivan.new@example.com", "not-my-password"))
                .isInstanceOfSatisfying(UnauthenticatedException.class,
                        e -> assertThat(e.code()).isEqualTo(UnauthenticatedException.INVALID_CREDENTIALS));
        assertThatThrownBy(() -> cabinet.changeEmail(ivan, "not an e-mail", InMemoryCore.PASSWORD))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting("field", "code").containsExactly(tuple("email", "INVALID_EMAIL")));

        assertThat(stored(ivan).email().value()).isEqualTo("ivan@example.com");
        assertThat(outboxOf(NotificationType.EMAIL_CHANGED)).isEmpty();
    }

    // --- repeating an order

    @Test
    void repeating_makes_a_new_unpaid_order_with_the_same_details_a_new_window_and_no_coupon() {
        CallType greeting = new TestCatalog(core.manageCatalog()).birthdayGreeting();
        core.manageCoupons().createSuper(Caller.system("seed"),
                new io.ordercore.application.port.in.ManageCouponsUseCase.SuperForm("SPRING25", 20, null, null));
        Order original = core.placeCallOrder().place(ivan, aForm(greeting.id().value()).with("wishes", "Sing, please")
                .with("couponCode", "SPRING-25").with("anonymous", true).with("preferredGender", "female").build()).order();
        core.changeOrderStatus().changeStatus(new io.ordercore.application.port.in.ChangeOrderStatusUseCase
                .ChangeOrderStatusCommand(original.id(), OrderStatus.CANCELLED, memory.admin(), null));
        core.manageCatalog().updateCallType(Caller.system("t"), greeting.id(), new CallTypeForm(
                greeting.categoryId().value(), "Birthday greeting", 650L, null, null, List.of(), null));
        clock.advance(java.time.Duration.ofHours(1));

        Order repeated = cabinet.repeatOrder(ivan, new RepeatOrderCommand(original.id(), "2026-12-01", "18:00", "19:30"));

        assertThat(repeated.id()).isNotEqualTo(original.id());
        assertThat(repeated.status()).isEqualTo(OrderStatus.UNPAID);
        assertThat(repeated.owner()).contains(ivan.id());
        assertThat(repeated.point()).isEqualTo(original.point());
        assertThat(repeated.details().window())
                .isEqualTo(new CallWindow(LocalDate.of(2026, 12, 1), LocalTime.of(18, 0), LocalTime.of(19, 30)));
        assertThat(repeated.price().coupon()).isEmpty();
        assertThat(repeated.details().consentedAt()).isEqualTo(clock.instant());
        assertThat(repeated.details().withWindow(original.details().window())
                .withConsentAt(original.details().consentedAt()))
                .as("everything else as before").isEqualTo(original.details());
        assertThat(repeated.price().total()).as("today's price").isEqualTo(Money.roubles(650));
        assertThat(memory.orders.find(original.id()).orElseThrow().status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(outboxOf(NotificationType.ORDER_PLACED)).hasSize(2);
    }

    @Test
    void another_clients_order_cannot_be_repeated() {
        store(1, anna, OrderStatus.COMPLETED, Money.roubles(500));

        assertThatThrownBy(() -> cabinet.repeatOrder(ivan, new RepeatOrderCommand(new OrderId(1), "2026-12-01", "18:00", "19:00")))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("NOT_FOUND"));
        assertThat(memory.orders.list(OrderListQuery.all()).items()).hasSize(1);
    }

    @Test
    void a_repeat_needs_a_bookable_window_and_an_orderable_call_type() {
        CallType greeting = new TestCatalog(core.manageCatalog()).birthdayGreeting();
        Order original = core.placeCallOrder().place(ivan, aForm(greeting.id().value()).build()).order();

        assertThatThrownBy(() -> cabinet.repeatOrder(ivan, new RepeatOrderCommand(original.id(), "2026-11-22", "18:00", "19:00")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting("field", "code").containsExactly(tuple("callDate", "DATE_IN_PAST")));
        core.manageCatalog().setFrozen(Caller.system("t"), CatalogElement.CALL_TYPE, greeting.id().value(), true);
        assertThatThrownBy(() -> cabinet.repeatOrder(ivan, new RepeatOrderCommand(original.id(), "2026-12-01", "18:00", "19:00")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting("field", "code").containsExactly(tuple("callTypeId", "CALL_TYPE_UNAVAILABLE")));

        assertThat(memory.orders.list(OrderListQuery.all()).items()).extracting(s -> s.id()).containsExactly(original.id());
    }

    @Test
    void the_statistics_record_keeps_its_own_copy() {
        java.util.Map<OrderStatus, Long> counts = new java.util.EnumMap<>(OrderStatus.class);
        counts.put(OrderStatus.PAID, 1L);
        OrderStatistics stats = new OrderStatistics(counts, Money.roubles(1));
        counts.put(OrderStatus.PAID, 5L);

        assertThat(stats.countByStatus()).containsEntry(OrderStatus.PAID, 1L);
    }
}
