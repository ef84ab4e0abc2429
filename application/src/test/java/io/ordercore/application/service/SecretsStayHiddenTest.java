package io.ordercore.application.service;

import static io.ordercore.application.testing.CallOrderForms.aForm;
import static org.assertj.core.api.Assertions.assertThat;

import io.ordercore.application.port.in.AccountListQuery;
import io.ordercore.application.port.in.AuditEntry;
import io.ordercore.application.port.in.AuditQuery;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ManageAccountsUseCase.NewAccountForm;
import io.ordercore.application.port.in.OutboxMessage;
import io.ordercore.application.port.in.OutboxQuery;
import io.ordercore.application.port.in.PlaceCallOrderUseCase.PasswordRequiredException;
import io.ordercore.application.port.in.RegisterUseCase.RegistrationForm;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.application.testing.TestCatalog;
import io.ordercore.domain.account.Account;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.notification.NotificationType;
import io.ordercore.domain.testing.MutableClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * No password (typed, wrong or generated), no password hash ever shows in an audit entry, an
 * outbox listing, a notification's plain parameters, or a refusal's message. A busy scenario runs
 * with known passwords; then everything readable is searched for each of them.
 */
class SecretsStayHiddenTest {

    private final MutableClock clock = MutableClock.atDefaultNow();
    private final InMemoryCore memory = new InMemoryCore(clock);
    private final Ordercore core = memory.core;
    private final Caller.SignedIn admin = memory.admin();
    /** Every password the scenario typed or had generated. */
    private final List<String> passwords = new ArrayList<>(List.of(InMemoryCore.PASSWORD));
    /** Everything a refusal told its caller. */
    private final List<String> refusalTexts = new ArrayList<>();

    private void attempt(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            refusalTexts.add(e.toString());
            if (e instanceof PasswordRequiredException p) {
                refusalTexts.add(p.submitted().toString());
                refusalTexts.add(String.valueOf(p.submitted().password()));
            }
            for (Throwable suppressed : e.getSuppressed()) {
                refusalTexts.add(suppressed.toString());
            }
        }
    }

    private String typed(String password) {
        passwords.add(password);
        return password;
    }

    @BeforeEach
    void runABusyScenario() {
        long callType = new TestCatalog(core.manageCatalog()).birthdayGreeting().id().value();
        // A registration, with weak passwords first, then a taken e-mail.
        attempt(() -> core.register().register(new RegistrationForm("anna@example.com", "Anna", typed("qwertyuiop"), null, null)));
        attempt(() -> core.register().register(new RegistrationForm("anna@example.com", "Anna", typed("anna-forever-2026"), null, null)));
        attempt(() -> core.register().register(new RegistrationForm("anna@example.com", "Anna", typed("Tundra-Kettle-42"), null, null)));
        attempt(() -> core.register().register(new RegistrationForm("ANNA@example.com", "Anna", typed("Tundra-Kettle-43"), null, null)));
        // Sign-ins, right and wrong, for known and unknown e-mails.
        attempt(() -> core.signIn().signIn("anna@example.com", typed("Wrong-Guess-9999")));
        attempt(() -> core.signIn().signIn("nobody@example.com", typed("Wrong-Guess-9998")));
        Caller.SignedIn anna = toCaller(core.signIn().signIn("anna@example.com", "Tundra-Kettle-42").id());
        // Password and e-mail changes, refused and done.
        attempt(() -> core.cabinet().changePassword(anna, typed("Wrong-Guess-8888"), typed("Lighthouse-Quiet-77")));
        attempt(() -> core.cabinet().changePassword(anna, "Tundra-Kettle-42", typed("anna-again-2026")));
        attempt(() -> core.cabinet().changePassword(anna, "Tundra-Kettle-42", "Lighthouse-Quiet-77"));
        attempt(() -> core.cabinet().changeEmail(anna, "anna.new@example.com", typed("Wrong-Guess-7777")));
        attempt(() -> core.cabinet().changeEmail(anna, "anna.new@example.com", "Lighthouse-Quiet-77"));
        // Orders from visitors: a new e-mail (password generated), a known one without, with a wrong and the right password.
        attempt(() -> core.placeCallOrder().place(Caller.anonymous(), aForm(callType).with("clientEmail", "ivan@example.com").build()));
        attempt(() -> core.placeCallOrder().place(Caller.anonymous(), aForm(callType).with("clientEmail", "anna.new@example.com")
                .build()));
        attempt(() -> core.placeCallOrder().place(Caller.anonymous(), aForm(callType).with("clientEmail", "anna.new@example.com")
                .with("password", typed("Wrong-Guess-6666")).build()));
        attempt(() -> core.placeCallOrder().place(Caller.anonymous(), aForm(callType).with("clientEmail", "anna.new@example.com")
                .with("password", "Lighthouse-Quiet-77").build()));
        // Staff open accounts, with and without a password; seeding a second first admin is refused.
        attempt(() -> core.manageAccounts().create(admin, new NewAccountForm("op@example.com", "Op", "OPERATOR", null,
                typed("Given-Phrase-5555"), null)));
        attempt(() -> core.manageAccounts().create(admin, new NewAccountForm("sm@example.com", "Sm", "SITE_MANAGER", null,
                null, null)));
        attempt(() -> core.manageAccounts().create(admin, new NewAccountForm("weak@example.com", "W", "OPERATOR", null,
                typed("1234567890"), null)));
        attempt(() -> core.manageAccounts().createFirstAdmin("root@example.com", "Root", typed("Seeding-Phrase-4444")));
        // The generated passwords, as only the outbox knows them.
        memory.outbox.all().stream()
                .map(m -> m.notification().secretParams().get("password"))
                .filter(p -> p != null)
                .forEach(passwords::add);
    }

    private Caller.SignedIn toCaller(io.ordercore.domain.account.AccountId id) {
        Account a = memory.accounts.find(id).orElseThrow();
        return new Caller.SignedIn(a.id(), a.email(), a.role(), a.point(), Optional.empty());
    }

    /** The passwords and the stored hashes (whole and their salt and digest parts). */
    private List<String> secrets() {
        List<String> secrets = new ArrayList<>(passwords);
        for (Account account : memory.accounts.list(AccountListQuery.all())) {
            secrets.add(account.passwordHash());
            for (String part : account.passwordHash().split("\\$")) {
                if (part.length() >= 8) {
                    secrets.add(part);
                }
            }
        }
        return secrets;
    }

    private static void assertHidesAll(String what, String text, List<String> secrets) {
        for (String secret : secrets) {
            assertThat(text).as("%s must not contain %s", what, secret).doesNotContain(secret);
        }
    }

    @Test
    void the_scenario_really_used_generated_passwords_and_stored_hashes() {
        assertThat(memory.outbox.all()).filteredOn(m -> m.notification().type() == NotificationType.ACCOUNT_CREATED)
                .filteredOn(m -> m.notification().secretParams().containsKey("password")).hasSize(2);
        assertThat(passwords).hasSizeGreaterThan(15);
        assertThat(refusalTexts).hasSizeGreaterThan(10);
        assertThat(memory.audit.all()).hasSizeGreaterThan(15);
    }

    @Test
    void no_audit_entry_holds_a_password_or_hash() {
        List<String> secrets = secrets();
        List<AuditEntry> entries = core.readAudit().list(admin, new AuditQuery(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), AuditQuery.MAX_LIMIT));

        assertThat(entries).hasSameSizeAs(memory.audit.all());
        for (AuditEntry entry : entries) {
            assertHidesAll("audit entry " + entry.id(), entry.toString(), secrets);
        }
    }

    @Test
    void no_outbox_listing_holds_a_secret_and_plain_parameters_never_do() {
        List<String> secrets = secrets();
        List<OutboxMessage> listed = core.notifications().list(admin,
                new OutboxQuery(Optional.empty(), Optional.empty(), Optional.empty(), 1000));

        assertThat(listed).hasSameSizeAs(memory.outbox.all());
        for (OutboxMessage message : listed) {
            assertThat(message.notification().secretParams()).isEmpty();
            assertHidesAll("listed message " + message.id(), message.toString(), secrets);
        }
        for (OutboxMessage stored : memory.outbox.all()) {
            assertHidesAll("plain parameters of " + stored.id(), stored.notification().params().toString(), secrets);
            assertThat(stored.notification().secretParams().keySet()).isSubsetOf("password");
        }
    }

    @Test
    void no_refusal_tells_a_password_or_hash() {
        List<String> secrets = secrets();

        for (String text : refusalTexts) {
            assertHidesAll("a refusal", text, secrets);
        }
    }

    @Test
    void accounts_as_handed_out_or_printed_hold_no_hash() {
        List<String> secrets = secrets();

        for (Account account : memory.accounts.list(AccountListQuery.all())) {
            assertHidesAll("account", account.toString(), secrets);
            assertHidesAll("account view", io.ordercore.application.port.in.AccountView.of(account).toString(), secrets);
        }
        for (var view : core.manageAccounts().list(admin, AccountListQuery.all())) {
            assertHidesAll("listed account", view.toString(), secrets);
        }
        assertThat(memory.accounts.list(AccountListQuery.all())).extracting(Account::role).contains(Role.OPERATOR);
    }

    @Test
    void a_delivered_message_forgets_its_secret() {
        core.notifications().deliverDue(100);

        assertThat(memory.sender.sent()).filteredOn(m -> m.notification().secretParams().containsKey("password")).hasSize(2);
        assertThat(memory.outbox.all()).allSatisfy(m -> {
            assertThat(m.status()).isEqualTo(OutboxMessage.Status.SENT);
            assertThat(m.notification().secretParams()).isEmpty();
        });
    }
}
