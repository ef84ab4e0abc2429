package io.ordercore.application.service;

import static io.ordercore.application.testing.CallOrderForms.aForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.ordercore.application.port.in.CallOrderForm;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.CatalogElement;
import io.ordercore.application.port.in.ManageCatalogUseCase.CallTypeForm;
import io.ordercore.application.port.in.OrderListQuery;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.application.testing.TestCatalog;
import io.ordercore.domain.account.Account;
import io.ordercore.domain.catalog.CallType;
import io.ordercore.domain.catalog.Category;
import io.ordercore.domain.order.CallWindow;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderHistoryEntry;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.shared.Email;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.OperatorGender;
import io.ordercore.domain.shared.ValidationException;
import io.ordercore.domain.testing.MutableClock;
import io.ordercore.domain.workflow.ActorKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Placing a call order: what a valid form stores, and what happens to the call type's snapshot. */
class PlaceCallOrderTest {

    private final MutableClock clock = MutableClock.atDefaultNow();
    private final InMemoryCore memory = new InMemoryCore(clock);
    private final Ordercore core = memory.core;
    private final Caller admin = memory.admin();
    private final TestCatalog catalog = new TestCatalog(core.manageCatalog(), admin);
    private CallType greeting;

    @BeforeEach
    void seed() {
        greeting = catalog.birthdayGreeting();
        core.manageCoupons().createSuper(Caller.system("seed"),
                new io.ordercore.application.port.in.ManageCouponsUseCase.SuperForm("SPRING25", 20, null, null));
    }

    /** Places as trusted host code: the form's client gets (or keeps) their account, and no password is asked. */
    private Order place(CallOrderForm form) {
        return core.placeCallOrder().place(Caller.system("shop"), form).order();
    }

    private long greetingId() {
        return greeting.id().value();
    }

    @Test
    void a_valid_form_places_an_unpaid_order_with_every_field_normalised() {
        clock.set(Instant.parse("2026-11-23T06:00:00.123456789Z"));

        Order order = core.placeCallOrder().place(Caller.anonymous(), aForm(greetingId())
                .with("clientName", "  Ivan Petrov ")
                .with("clientEmail", " Ivan.Petrov@Example.COM ")
                .with("recipientPhone", "8 916 123-45-67")
                .with("recipientCountry", "ru")
                .with("wishes", "  Sing, please  ")
                .with("couponCode", " spring-25 ")
                .build()).order();
        // " spring-25 " is typed loosely: read as SPRING25, a super coupon of 20% created in seed()

        assertThat(order.id()).isEqualTo(new OrderId(1));
        assertThat(order.status()).isEqualTo(OrderStatus.UNPAID);
        assertThat(order.version()).isEqualTo(1);
        var d = order.details();
        assertThat(d.client().name()).isEqualTo("Ivan Petrov");
        assertThat(d.client().email().value()).isEqualTo("ivan.petrov@example.com");
        assertThat(d.recipient().name()).isEqualTo("Maria Ivanova");
        assertThat(d.recipient().phone().e164()).isEqualTo("+79161234567");
        assertThat(d.recipient().country().value()).isEqualTo("RU");
        assertThat(d.recipient().city()).isEqualTo("Moscow");
        assertThat(d.window()).isEqualTo(new CallWindow(LocalDate.of(2026, 11, 25), LocalTime.of(10, 0), LocalTime.of(12, 0)));
        assertThat(d.wishes()).contains("Sing, please");
        assertThat(order.price().coupon().map(c -> c.code().value())).contains("SPRING25");
        assertThat(order.price().discount()).isEqualTo(Money.roubles(100));
        assertThat(d.preferredGender()).isEqualTo(OperatorGender.ANY);
        assertThat(d.anonymous()).isFalse();
        assertThat(d.consentedAt()).isEqualTo(Instant.parse("2026-11-23T06:00:00.123456Z"));
        assertThat(d.callType().id()).isEqualTo(greeting.id());
        assertThat(d.callType().name()).isEqualTo("Birthday greeting");
        assertThat(order.price().price()).isEqualTo(Money.roubles(500));
        assertThat(order.price().total()).isEqualTo(Money.roubles(400));
        assertThat(order.createdAt()).isEqualTo(Instant.parse("2026-11-23T06:00:00.123456Z"));
        assertThat(order.history()).first().satisfies(entry -> {
            assertThat(entry.from()).isEmpty();
            assertThat(entry.to()).isEqualTo(OrderStatus.UNPAID);
            assertThat(entry.actor().kind()).isEqualTo(ActorKind.CLIENT);
            assertThat(entry.actor().id()).isEqualTo("ivan.petrov@example.com");
        });
        Account owner = memory.accounts.findByEmail(Email.of("ivan.petrov@example.com")).orElseThrow();
        assertThat(order.owner()).contains(owner.id());
        assertThat(order.point()).contains(InMemoryCore.MAIN_POINT);
        assertThat(order.operator()).isEmpty();
    }

    @Test
    void the_placed_order_is_stored() {
        Order order = place(aForm(greetingId()).build());

        Order stored = core.findOrders().get(admin, order.id());
        assertThat(stored.snapshot()).isEqualTo(order.snapshot());
        assertThat(core.findOrders().list(admin, OrderListQuery.all()).items()).extracting("id").containsExactly(order.id());
    }

    @Test
    void optional_fields_take_their_values_when_given() {
        Order order = place(aForm(greetingId())
                .with("preferredGender", "female")
                .with("anonymous", true)
                .build());

        assertThat(order.details().preferredGender()).isEqualTo(OperatorGender.FEMALE);
        assertThat(order.details().anonymous()).isTrue();
        assertThat(order.details().wishes()).isEmpty();
        assertThat(order.price().coupon()).isEmpty();
    }

    @Test
    void blank_optional_fields_are_absent() {
        Order order = place(aForm(greetingId())
                .with("wishes", "   ").with("couponCode", "  ").with("preferredGender", " ").with("anonymous", false)
                .build());

        assertThat(order.details().wishes()).isEmpty();
        assertThat(order.price().coupon()).isEmpty();
        assertThat(order.details().preferredGender()).isEqualTo(OperatorGender.ANY);
        assertThat(order.details().anonymous()).isFalse();
    }

    @Test
    void the_price_and_name_are_snapshots_that_later_catalog_edits_do_not_touch() {
        Order order = place(aForm(greetingId()).build());

        core.manageCatalog().updateCallType(admin, greeting.id(), new CallTypeForm(greeting.categoryId().value(),
                "Birthday song", 900L, null, null, List.of(), null));

        Order stored = core.findOrders().get(admin, order.id());
        assertThat(stored.price().price()).isEqualTo(Money.roubles(500));
        assertThat(stored.details().callType().name()).isEqualTo("Birthday greeting");
        Order next = place(aForm(greetingId()).build());
        assertThat(next.price().price()).isEqualTo(Money.roubles(900));
        assertThat(next.details().callType().name()).isEqualTo("Birthday song");
    }

    @Test
    void every_placed_order_gets_a_new_id() {
        Order first = place(aForm(greetingId()).build());
        Order second = place(aForm(greetingId()).build());

        assertThat(second.id()).isNotEqualTo(first.id());
    }

    @Test
    void a_window_later_today_is_fine_but_one_that_has_ended_is_not() {
        Order today = place(aForm(greetingId()).window("2026-11-23", "08:30", "09:30").build());
        assertThat(today.details().window().date()).isEqualTo(LocalDate.of(2026, 11, 23));

        assertThatThrownBy(() -> place(aForm(greetingId()).window("2026-11-23", "08:00", "09:00").build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting("field", "code").containsExactly(tuple("windowEnd", "WINDOW_PASSED")));
    }

    @Test
    void a_frozen_call_type_cannot_be_ordered() {
        core.manageCatalog().setFrozen(admin, CatalogElement.CALL_TYPE, greetingId(), true);

        assertUnavailable(greetingId());
    }

    @Test
    void a_call_type_under_a_frozen_category_cannot_be_ordered() {
        core.manageCatalog().setFrozen(admin, CatalogElement.CATEGORY, greeting.categoryId().value(), true);

        assertUnavailable(greetingId());

        core.manageCatalog().setFrozen(admin, CatalogElement.CATEGORY, greeting.categoryId().value(), false);
        assertThat(place(aForm(greetingId()).build()).status()).isEqualTo(OrderStatus.UNPAID);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, 999, Long.MAX_VALUE})
    void an_unknown_or_impossible_call_type_id_is_a_field_error(long id) {
        assertUnavailable(id);
    }

    @Test
    void a_deleted_call_type_cannot_be_ordered() {
        Category other = catalog.category("Apologies");
        CallType sorry = catalog.callType(other, "Sorry", 300);
        core.manageCatalog().delete(admin, CatalogElement.CATEGORY, other.id().value());

        assertUnavailable(sorry.id().value());
    }

    @Test
    void an_unavailable_call_type_is_reported_together_with_the_other_errors() {
        assertThatThrownBy(() -> place(aForm(999).with("clientEmail", "nope").build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting("field", "code")
                        .containsExactlyInAnyOrder(tuple("callTypeId", "CALL_TYPE_UNAVAILABLE"), tuple("clientEmail", "INVALID_EMAIL")));
    }

    @Test
    void a_refused_form_stores_nothing_and_uses_no_id() {
        int committed = memory.store.transactionsCommitted();

        assertThatThrownBy(() -> place(aForm(greetingId()).with("consent", false).build()))
                .isInstanceOf(ValidationException.class);

        assertThat(memory.store.transactionsCommitted()).isEqualTo(committed);
        assertThat(core.findOrders().list(admin, OrderListQuery.all()).items()).isEmpty();
        assertThat(place(aForm(greetingId()).build()).id()).isEqualTo(new OrderId(1));
    }

    @Test
    void the_first_history_entry_is_unsaved_no_more_once_stored() {
        Order order = place(aForm(greetingId()).build());

        assertThat(order.unsavedHistory()).isEmpty();
        assertThat(order.history()).extracting(OrderHistoryEntry::seq).containsExactly(1);
    }

    private void assertUnavailable(long callTypeId) {
        int committed = memory.store.transactionsCommitted();
        assertThatThrownBy(() -> place(aForm(callTypeId).build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting("field", "code").containsExactly(tuple("callTypeId", "CALL_TYPE_UNAVAILABLE")));
        assertThat(memory.store.transactionsCommitted()).isEqualTo(committed);
        assertThat(memory.orders.list(OrderListQuery.all()).items()).isEmpty();
    }
}
