package io.ordercore.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.ordercore.application.port.in.AccountListQuery;
import io.ordercore.application.port.in.AccountView;
import io.ordercore.application.port.in.AuditEntry;
import io.ordercore.application.port.in.RegisterUseCase.RegistrationForm;
import io.ordercore.application.port.out.EmailTakenException;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.domain.account.Account;
import io.ordercore.domain.account.Language;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.notification.NotificationType;
import io.ordercore.domain.point.PointId;
import io.ordercore.domain.shared.ValidationException;
import io.ordercore.domain.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A visitor opens a client account: what is stored, and every reason a registration is refused. */
class RegisterTest {

    private static final String PASSWORD = "Tundra-Kettle-42";

    private final MutableClock clock = MutableClock.atDefaultNow();
    private final InMemoryCore memory = new InMemoryCore(clock);
    private final Ordercore core = memory.core;

    private AccountView register(String email, String password) {
        return core.register().register(new RegistrationForm(email, "Ivan Petrov", password, null, null));
    }

    private ValidationException refused(RegistrationForm form) {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> core.register().register(form));
        assertThat(e).as("registration should be refused").isNotNull();
        assertThat(memory.accounts.list(AccountListQuery.all())).as("nothing stored").isEmpty();
        assertThat(memory.outbox.all()).as("nothing sent").isEmpty();
        return e;
    }

    @Test
    void a_registration_opens_a_client_account_at_the_default_point() {
        AccountView view = register(" Ivan@Example.com ", PASSWORD);

        assertThat(view.email().value()).isEqualTo("ivan@example.com");
        assertThat(view.name()).isEqualTo("Ivan Petrov");
        assertThat(view.role()).isEqualTo(Role.CLIENT);
        assertThat(view.point()).contains(InMemoryCore.MAIN_POINT);
        assertThat(view.language()).isEqualTo(Language.RU);
        assertThat(view.blocked()).isFalse();
        assertThat(view.createdAt()).isEqualTo(clock.instant());
        Account stored = memory.accounts.find(view.id()).orElseThrow();
        assertThat(stored.passwordHash()).isNotEqualTo(PASSWORD).doesNotContain(PASSWORD);
        assertThat(memory.hasher.verify(PASSWORD, stored.passwordHash())).isTrue();
        assertThat(core.signIn().signIn("ivan@example.com", PASSWORD).id()).isEqualTo(view.id());
    }

    @Test
    void the_welcome_mail_carries_no_password_because_the_visitor_chose_it() {
        register("ivan@example.com", PASSWORD);

        assertThat(memory.outbox.all()).singleElement().satisfies(m -> {
            assertThat(m.notification().type()).isEqualTo(NotificationType.ACCOUNT_CREATED);
            assertThat(m.notification().recipient().value()).isEqualTo("ivan@example.com");
            assertThat(m.notification().params()).containsEntry("passwordGenerated", "false");
            assertThat(m.notification().secretParams()).isEmpty();
        });
    }

    @Test
    void the_point_and_language_may_be_chosen() {
        PointId north = memory.newPoint("North");

        AccountView view = core.register().register(new RegistrationForm("ivan@example.com", "Ivan", PASSWORD,
                north.value(), "en"));

        assertThat(view.point()).contains(north);
        assertThat(view.language()).isEqualTo(Language.EN);
    }

    @Test
    void an_email_with_an_account_is_taken_whatever_its_case() {
        AccountView first = register("ivan@example.com", PASSWORD);

        assertThatThrownBy(() -> register("IVAN@example.COM", "another-long-phrase"))
                .isInstanceOfSatisfying(EmailTakenException.class, e -> {
                    assertThat(e.code()).isEqualTo("EMAIL_TAKEN");
                    assertThat(e.getMessage()).doesNotContain("another-long-phrase");
                });

        assertThat(memory.accounts.list(AccountListQuery.all())).extracting(Account::id).containsExactly(first.id());
        assertThat(memory.hasher.verify(PASSWORD, memory.accounts.find(first.id()).orElseThrow().passwordHash())).isTrue();
        assertThat(memory.audit.all()).last().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(AuditEntry.Outcome.REFUSED);
            assertThat(e.errorCode()).contains("EMAIL_TAKEN");
        });
    }

    @Test
    void an_empty_form_reports_every_missing_field_at_once() {
        ValidationException e = refused(new RegistrationForm(null, " ", "", null, null));

        assertThat(e.errors()).extracting("field", "code").containsExactlyInAnyOrder(
                tuple("email", "REQUIRED"), tuple("name", "REQUIRED"), tuple("password", "REQUIRED"));
    }

    @Test
    void every_wrong_field_is_reported_together() {
        ValidationException e = refused(new RegistrationForm("not-an-email", "n".repeat(101), "short", 99L, "DE"));

        assertThat(e.errors()).extracting("field", "code").containsExactlyInAnyOrder(
                tuple("email", "INVALID_EMAIL"), tuple("name", "TOO_LONG"), tuple("password", "TOO_SHORT"),
                tuple("pointId", "UNKNOWN_POINT"), tuple("language", "INVALID_CHOICE"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "123456789,             TOO_SHORT",
            "qwertyuiop,            TOO_COMMON",
            "Password123,           TOO_COMMON",
            "0123456789,            TOO_SIMPLE",
            "abcdefghijkl,          TOO_SIMPLE",
            "xxxxxxxxxxxx,          TOO_SIMPLE",
            "ivan.petrov.rocks,     CONTAINS_EMAIL",
            "IVAN.PETROV@EXAMPLE.COM, CONTAINS_EMAIL"
    })
    void a_weak_password_is_refused_with_its_reason(String password, String code) {
        ValidationException e = refused(new RegistrationForm("ivan.petrov@example.com", "Ivan", password, null, null));

        assertThat(e.errors()).extracting("field", "code").containsExactly(tuple("password", code));
        assertThat(e.getMessage()).doesNotContain(password);
        assertThat(e.errors().get(0).message()).doesNotContain(password);
    }

    @Test
    void a_registration_is_audited_as_the_visitor_on_the_new_account() {
        AccountView view = register("ivan@example.com", PASSWORD);

        assertThat(memory.audit.all()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("account.register");
            assertThat(e.target()).isEqualTo("account:" + view.id());
            assertThat(e.actor().label()).isEqualTo("anonymous");
            assertThat(e.outcome()).isEqualTo(AuditEntry.Outcome.OK);
        });
    }
}
