package io.ordercore.application.service;

import static io.ordercore.application.testing.CallOrderForms.aForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.ordercore.application.port.in.AccountView;
import io.ordercore.application.port.in.CallOrderForm;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.OrderListQuery;
import io.ordercore.application.port.in.OutboxMessage;
import io.ordercore.application.port.in.PlaceCallOrderUseCase.PasswordRequiredException;
import io.ordercore.application.port.in.PlaceCallOrderUseCase.PlacedOrder;
import io.ordercore.application.port.in.UnauthenticatedException;
import io.ordercore.application.testing.CallOrderForms;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.application.testing.TestCatalog;
import io.ordercore.domain.account.Account;
import io.ordercore.domain.account.PasswordPolicy;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.notification.NotificationType;
import io.ordercore.domain.point.PointId;
import io.ordercore.domain.shared.Email;
import io.ordercore.domain.shared.ValidationException;
import io.ordercore.domain.testing.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Signing in or registering on the way while placing an order (PRODUCT.md A): a visitor with a new
 * e-mail, with a known one and no password, with the right password, with a wrong one; and a
 * signed-in client. Every account opened by {@link InMemoryCore#signedIn} has {@link InMemoryCore#PASSWORD}.
 */
class PlaceCallOrderSignInTest {

    private final MutableClock clock = MutableClock.atDefaultNow();
    private final InMemoryCore memory = new InMemoryCore(clock);
    private final Ordercore core = memory.core;
    private long callTypeId;

    @BeforeEach
    void seed() {
        callTypeId = new TestCatalog(core.manageCatalog()).birthdayGreeting().id().value();
    }

    private CallOrderForms form() {
        return aForm(callTypeId);
    }

    private PlacedOrder placeAsVisitor(CallOrderForm form) {
        return core.placeCallOrder().place(Caller.anonymous(), form);
    }

    private Account stored(String email) {
        return memory.accounts.findByEmail(Email.of(email)).orElseThrow();
    }

    private List<OutboxMessage> outboxOf(NotificationType type) {
        return memory.outbox.all().stream().filter(m -> m.notification().type() == type).toList();
    }

    private int ordersStored() {
        return memory.orders.list(OrderListQuery.all()).items().size();
    }

    // --- a visitor with a new e-mail

    @Test
    void a_visitor_with_a_new_email_gets_a_client_account_at_the_default_point_and_is_signed_in() {
        PlacedOrder placed = placeAsVisitor(form().with("clientEmail", " Ivan@Example.com ").build());

        assertThat(placed.accountCreated()).isTrue();
        Account account = stored("ivan@example.com");
        assertThat(account.role()).isEqualTo(Role.CLIENT);
        assertThat(account.point()).contains(InMemoryCore.MAIN_POINT);
        assertThat(account.name()).isEqualTo("Ivan Petrov");
        assertThat(placed.signedIn()).contains(AccountView.of(account));
        assertThat(placed.order().owner()).contains(account.id());
        assertThat(placed.order().point()).contains(InMemoryCore.MAIN_POINT);
        assertThat(placed.order().details().client().email().value()).isEqualTo("ivan@example.com");
    }

    @Test
    void the_generated_password_is_mailed_only_as_a_secret_parameter_is_strong_and_signs_in() {
        placeAsVisitor(form().build());

        OutboxMessage created = outboxOf(NotificationType.ACCOUNT_CREATED).get(0);
        assertThat(outboxOf(NotificationType.ACCOUNT_CREATED)).hasSize(1);
        assertThat(created.notification().recipient().value()).isEqualTo("ivan@example.com");
        assertThat(created.notification().secretParams()).containsOnlyKeys("password");
        String password = created.notification().secretParams().get("password");
        assertThat(created.notification().params()).containsEntry("passwordGenerated", "true")
                .doesNotContainKey("password");
        assertThat(created.notification().params().values()).noneMatch(v -> v.contains(password));
        assertThatCode(() -> PasswordPolicy.check(password, Email.of("ivan@example.com"))).doesNotThrowAnyException();
        assertThat(password).hasSizeGreaterThanOrEqualTo(PasswordPolicy.MIN_LENGTH);
        assertThat(memory.hasher.verify(password, stored("ivan@example.com").passwordHash())).isTrue();

        AccountView signedIn = core.signIn().signIn("ivan@example.com", password);
        assertThat(signedIn.id()).isEqualTo(stored("ivan@example.com").id());
    }

    @Test
    void every_opened_account_gets_its_own_random_password() {
        placeAsVisitor(form().with("clientEmail", "one@example.com").build());
        placeAsVisitor(form().with("clientEmail", "two@example.com").build());

        List<String> passwords = outboxOf(NotificationType.ACCOUNT_CREATED).stream()
                .map(m -> m.notification().secretParams().get("password")).toList();
        assertThat(passwords).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void the_order_is_announced_to_the_client_too() {
        PlacedOrder placed = placeAsVisitor(form().build());

        assertThat(outboxOf(NotificationType.ORDER_PLACED)).singleElement().satisfies(m -> {
            assertThat(m.notification().recipient().value()).isEqualTo("ivan@example.com");
            assertThat(m.notification().params()).containsEntry("orderId", placed.order().id().toString())
                    .containsEntry("total", "500.00").containsEntry("currency", "RUB");
            assertThat(m.notification().secretParams()).isEmpty();
        });
    }

    @Test
    void a_visitor_may_register_onto_another_point() {
        PointId north = memory.newPoint("North");

        PlacedOrder placed = placeAsVisitor(form().with("pointId", north.value()).build());

        assertThat(stored("ivan@example.com").point()).contains(north);
        assertThat(placed.order().point()).contains(north);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -3, 99})
    void an_unknown_point_is_a_field_error_and_nothing_is_opened_or_placed(long pointId) {
        assertThatThrownBy(() -> placeAsVisitor(form().with("pointId", pointId).build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting("field", "code").containsExactly(tuple("pointId", "UNKNOWN_POINT")));

        assertThat(memory.accounts.findByEmail(Email.of("ivan@example.com"))).isEmpty();
        assertThat(ordersStored()).isZero();
        assertThat(memory.outbox.all()).isEmpty();
    }

    @Test
    void an_invalid_form_opens_no_account() {
        assertThatThrownBy(() -> placeAsVisitor(form().with("consent", false).build()))
                .isInstanceOf(ValidationException.class);

        assertThat(memory.accounts.findByEmail(Email.of("ivan@example.com"))).isEmpty();
        assertThat(memory.outbox.all()).isEmpty();
    }

    // --- a visitor with a known e-mail and no password

    @ParameterizedTest
    @ValueSource(strings = {"ivan@example.com", " IVAN@Example.COM "})
    void a_known_email_without_a_password_asks_for_it_and_echoes_the_form(String typed) {
        memory.signedIn(Role.CLIENT, "ivan@example.com");
        CallOrderForm submitted = form().with("clientEmail", typed).with("wishes", "Sing, please")
                .with("couponCode", "SPRING-25").with("anonymous", true).with("preferredGender", "female").build();

        PasswordRequiredException e = catchThrowableOfType(PasswordRequiredException.class, () -> placeAsVisitor(submitted));

        assertThat(e).isNotNull();
        assertThat(e.code()).isEqualTo("PASSWORD_REQUIRED");
        assertThat(e.submitted()).isEqualTo(submitted.withoutPassword()).isEqualTo(submitted);
        assertThat(ordersStored()).isZero();
        assertThat(stored("ivan@example.com").failedSignIns()).as("not a failed sign-in").isZero();
    }

    @Test
    void an_empty_password_is_no_password_and_the_echo_never_carries_one() {
        memory.signedIn(Role.CLIENT, "ivan@example.com");
        CallOrderForm submitted = form().with("password", "").with("pointId", 1L).build();

        PasswordRequiredException e = catchThrowableOfType(PasswordRequiredException.class, () -> placeAsVisitor(submitted));

        assertThat(e.submitted().password()).isNull();
        assertThat(e.submitted().pointId()).isEqualTo(1L);
        assertThat(e.submitted().clientEmail()).isEqualTo(submitted.clientEmail());
        assertThat(e.submitted().recipientPhone()).isEqualTo(submitted.recipientPhone());
        assertThat(e.submitted().callDate()).isEqualTo(submitted.callDate());
    }

    // --- a visitor with a known e-mail and the right password

    @Test
    void the_right_password_places_the_order_for_the_existing_account() {
        Caller.SignedIn ivan = memory.signedIn(Role.CLIENT, "ivan@example.com");

        PlacedOrder placed = placeAsVisitor(form().with("password", InMemoryCore.PASSWORD).build());

        assertThat(placed.accountCreated()).isFalse();
        assertThat(placed.signedIn()).hasValueSatisfying(v -> assertThat(v.id()).isEqualTo(ivan.id()));
        assertThat(placed.order().owner()).contains(ivan.id());
        assertThat(placed.order().point()).isEqualTo(ivan.point());
        assertThat(outboxOf(NotificationType.ACCOUNT_CREATED)).isEmpty();
        assertThat(memory.accounts.list(io.ordercore.application.port.in.AccountListQuery.all())).hasSize(1);
    }

    @Test
    void the_right_password_ends_a_run_of_wrong_ones() {
        memory.signedIn(Role.CLIENT, "ivan@example.com");
        for (int i = 0; i < 9; i++) {
            assertThatThrownBy(() -> placeAsVisitor(form().with("password", "not-the-password").build()))
                    .isInstanceOf(UnauthenticatedException.class);
        }

        placeAsVisitor(form().with("password", InMemoryCore.PASSWORD).build());

        assertThat(stored("ivan@example.com").failedSignIns()).isZero();
    }

    // --- a visitor with a known e-mail and a wrong password

    @Test
    void a_wrong_password_places_nothing_and_counts_as_a_failed_sign_in() {
        memory.signedIn(Role.CLIENT, "ivan@example.com");

        assertThatThrownBy(() -> placeAsVisitor(form().with("password", "not-the-password").build()))
                .isInstanceOfSatisfying(UnauthenticatedException.class,
                        e -> assertThat(e.code()).isEqualTo(UnauthenticatedException.INVALID_CREDENTIALS));

        assertThat(ordersStored()).isZero();
        assertThat(outboxOf(NotificationType.ORDER_PLACED)).isEmpty();
        assertThat(stored("ivan@example.com").failedSignIns()).isEqualTo(1);
    }

    @Test
    void ten_wrong_passwords_on_the_order_form_lock_the_account_like_sign_in_does() {
        memory.signedIn(Role.CLIENT, "ivan@example.com");
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> placeAsVisitor(form().with("password", "not-the-password").build()))
                    .isInstanceOf(UnauthenticatedException.class);
        }

        assertThat(stored("ivan@example.com").lockedUntil()).contains(clock.instant().plus(Duration.ofMinutes(15)));
        assertThatThrownBy(() -> placeAsVisitor(form().with("password", InMemoryCore.PASSWORD).build()))
                .isInstanceOfSatisfying(UnauthenticatedException.class,
                        e -> assertThat(e.code()).isEqualTo(UnauthenticatedException.INVALID_CREDENTIALS));
        assertThat(ordersStored()).isZero();
    }

    // --- a signed-in caller

    @Test
    void a_signed_in_client_orders_as_themselves_whatever_email_the_form_says() {
        Caller.SignedIn ivan = memory.signedIn(Role.CLIENT, "ivan@example.com");

        PlacedOrder placed = core.placeCallOrder().place(ivan, form().with("clientEmail", "someone.else@example.com").build());

        assertThat(placed.order().details().client().email().value()).isEqualTo("ivan@example.com");
        assertThat(placed.order().owner()).contains(ivan.id());
        assertThat(placed.order().history().get(0).actor()).isEqualTo(ivan.actor());
        assertThat(placed.signedIn()).as("already signed in").isEmpty();
        assertThat(placed.accountCreated()).isFalse();
        assertThat(memory.accounts.findByEmail(Email.of("someone.else@example.com"))).isEmpty();
        assertThat(outboxOf(NotificationType.ORDER_PLACED)).singleElement()
                .satisfies(m -> assertThat(m.notification().recipient().value()).isEqualTo("ivan@example.com"));
    }

    @Test
    void a_signed_in_client_needs_no_password_even_for_their_own_email() {
        Caller.SignedIn ivan = memory.signedIn(Role.CLIENT, "ivan@example.com");

        PlacedOrder placed = core.placeCallOrder().place(ivan, form().build());

        assertThat(placed.order().owner()).contains(ivan.id());
    }

    @Test
    void trusted_host_code_orders_for_a_known_client_without_their_password() {
        Caller.SignedIn ivan = memory.signedIn(Role.CLIENT, "ivan@example.com");

        PlacedOrder placed = core.placeCallOrder().place(Caller.system("shop"), form().build());

        assertThat(placed.order().owner()).contains(ivan.id());
        assertThat(placed.accountCreated()).isFalse();
        assertThat(placed.order().history().get(0).actor().id()).isEqualTo("shop");
    }

    @Test
    void the_submitted_form_never_prints_its_password() {
        CallOrderForm submitted = form().with("password", "my-private-phrase-1").build();

        assertThat(submitted.toString()).doesNotContain("my-private-phrase-1").contains("password=***");
        assertThat(Optional.of(submitted.withoutPassword()).map(CallOrderForm::password)).isEmpty();
    }

    @Test
    void an_unknown_point_is_reported_together_with_the_other_field_errors() {
        assertThatThrownBy(() -> placeAsVisitor(form().with("pointId", 99L).with("consent", false).with("recipientCity", "").build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting("field")
                        .containsExactlyInAnyOrder("pointId", "consent", "recipientCity"));
    }

    @Test
    void a_signed_in_client_needs_no_email_on_the_form() {
        var anna = memory.signedIn(io.ordercore.domain.account.Role.CLIENT, "anna@example.com");

        PlacedOrder placed = core.placeCallOrder().place(anna, form().with("clientEmail", null).build());

        assertThat(placed.order().details().client().email()).isEqualTo(Email.of("anna@example.com"));
        assertThat(placed.order().owner()).contains(anna.id());
    }
}
