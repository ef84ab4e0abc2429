package io.ordercore.application.service;

import static io.ordercore.application.testing.CallOrderForms.aForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.ordercore.application.port.in.AccessDeniedException;
import io.ordercore.application.port.in.AccountCabinetUseCase.RepeatOrderCommand;
import io.ordercore.application.port.in.AuditEntry;
import io.ordercore.application.port.in.AuditEntry.Outcome;
import io.ordercore.application.port.in.AuditQuery;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.CatalogElement;
import io.ordercore.application.port.in.ChangeOrderStatusUseCase.ChangeOrderStatusCommand;
import io.ordercore.application.port.in.DeleteOrdersUseCase.DeleteOrdersCommand;
import io.ordercore.application.port.in.ManageAccountsUseCase.NewAccountForm;
import io.ordercore.application.port.in.ManageCatalogUseCase.CallExampleForm;
import io.ordercore.application.port.in.ManageCatalogUseCase.CallTypeForm;
import io.ordercore.application.port.in.ManagePointsUseCase.PointForm;
import io.ordercore.application.port.in.OrderListQuery;
import io.ordercore.application.port.in.OutboxMessage;
import io.ordercore.application.port.in.OutboxQuery;
import io.ordercore.application.port.in.RegisterUseCase.RegistrationForm;
import io.ordercore.application.port.in.RescheduleOrderUseCase.RescheduleOrderCommand;
import io.ordercore.application.port.in.UnauthenticatedException;
import io.ordercore.application.port.out.ConcurrentUpdateException;
import io.ordercore.application.port.out.Outbox;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.application.testing.SimplePhoneNumbers;
import io.ordercore.application.testing.TestCatalog;
import io.ordercore.domain.account.Language;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.catalog.CallExample;
import io.ordercore.domain.catalog.CallType;
import io.ordercore.domain.catalog.Talent;
import io.ordercore.domain.notification.Notification;
import io.ordercore.domain.notification.NotificationType;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.shared.DomainException;
import io.ordercore.domain.shared.Email;
import io.ordercore.domain.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every state-changing use case leaves exactly one audit entry saying who (and who really), what,
 * on what, when and how it ended; refusals are recorded too, while their changes roll back.
 */
class AuditTrailTest {

    private final MutableClock clock = MutableClock.atDefaultNow();
    private final InMemoryCore memory = new InMemoryCore(clock);
    private final Ordercore core = memory.core;
    private Caller.SignedIn admin;
    private Caller.SignedIn supervisor;
    private Caller.SignedIn siteManager;
    private Caller.SignedIn ivan;
    /** Ivan's session as the supervisor acts in it. */
    private Caller.SignedIn ivanActedBySupervisor;
    /** The supervisor's session as an administrator acts in it. */
    private Caller.SignedIn supervisorActedByAdmin;
    private CallType greeting;
    private Talent talent;
    private CallExample example;
    private Order order;
    private long failedMessage;
    private int auditedBefore;

    @BeforeEach
    void seed() {
        admin = memory.admin();
        supervisor = memory.signedIn(Role.SUPERVISOR, "boss@example.com");
        siteManager = memory.signedIn(Role.SITE_MANAGER, "sm@example.com");
        ivan = memory.signedIn(Role.CLIENT, "ivan@example.com");
        ivanActedBySupervisor = actedBy(ivan, supervisor);
        supervisorActedByAdmin = actedBy(supervisor, admin);
        greeting = new TestCatalog(core.manageCatalog()).birthdayGreeting();
        talent = core.manageCatalog().createTalent(admin, "Deep voice", false);
        example = core.manageCatalog().createCallExample(admin, new CallExampleForm(greeting.id().value(), "b1", null, null));
        order = core.placeCallOrder().place(ivan, aForm(greeting.id().value()).build()).order();
        memory.outbox.enqueue(Notification.of(NotificationType.PASSWORD_CHANGED, Email.of("x@example.com"), Language.EN,
                Map.of()), clock.instant());
        failedMessage = memory.outbox.all().get(memory.outbox.all().size() - 1).id();
        memory.outbox.markFailed(failedMessage, "smtp down", Optional.empty());
        clock.advance(Duration.ofSeconds(7));
        auditedBefore = memory.audit.all().size();
    }

    private static Caller.SignedIn actedBy(Caller.SignedIn target, Caller.SignedIn real) {
        return new Caller.SignedIn(target.id(), target.email(), target.role(), target.point(),
                Optional.of(new Caller.Impersonator(real.id(), real.email(), real.role())));
    }

    private List<AuditEntry> newEntries() {
        List<AuditEntry> all = memory.audit.all();
        return all.subList(auditedBefore, all.size());
    }

    /** What a scenario did: as whom, and on what the entry must name. */
    record Done(Caller caller, String target) {
    }

    /** One state-changing use case, called once. */
    record Scenario(String action, Function<AuditTrailTest, Done> run) {
        @Override
        public String toString() {
            return action;
        }
    }

    private static Scenario scenario(String action, Function<AuditTrailTest, Done> run) {
        return new Scenario(action, run);
    }

    static Stream<Scenario> stateChanges() {
        return Stream.of(
                scenario("order.place", t -> {
                    Order o = t.core.placeCallOrder().place(Caller.anonymous(),
                            aForm(t.greeting.id().value()).with("clientEmail", "new@example.com").build()).order();
                    return new Done(Caller.anonymous(), "order:" + o.id());
                }),
                scenario("order.place", t -> {
                    Order o = t.core.placeCallOrder().place(t.ivanActedBySupervisor, aForm(t.greeting.id().value()).build()).order();
                    return new Done(t.ivanActedBySupervisor, "order:" + o.id());
                }),
                scenario("order.status.cancelled", t -> {
                    t.core.changeOrderStatus().changeStatus(new ChangeOrderStatusCommand(t.order.id(), OrderStatus.CANCELLED, t.admin, "asked"));
                    return new Done(t.admin, "order:" + t.order.id());
                }),
                scenario("order.status.error", t -> {
                    Caller gateway = Caller.system("gateway");
                    t.core.changeOrderStatus().changeStatus(new ChangeOrderStatusCommand(t.order.id(), OrderStatus.ERROR, gateway, null));
                    return new Done(gateway, "order:" + t.order.id());
                }),
                scenario("order.reschedule", t -> {
                    t.core.rescheduleOrder().reschedule(new RescheduleOrderCommand(t.order.id(), "2026-11-26", "10:00", "11:00", t.admin, null));
                    return new Done(t.admin, "order:" + t.order.id());
                }),
                scenario("order.delete", t -> {
                    t.core.deleteOrders().delete(new DeleteOrdersCommand(List.of(t.order.id()), t.admin));
                    return new Done(t.admin, "order:" + t.order.id());
                }),
                scenario("order.repeat", t -> {
                    Order o = t.core.cabinet().repeatOrder(t.ivanActedBySupervisor,
                            new RepeatOrderCommand(t.order.id(), "2026-12-01", "10:00", "11:00"));
                    return new Done(t.ivanActedBySupervisor, "order:" + o.id());
                }),
                scenario("catalog.category.create", t -> new Done(t.admin,
                        "category:" + t.core.manageCatalog().createCategory(t.admin, "Apologies").id())),
                scenario("catalog.category.rename", t -> {
                    t.core.manageCatalog().renameCategory(t.siteManager, t.greeting.categoryId(), "Congratulations");
                    return new Done(t.siteManager, "category:" + t.greeting.categoryId());
                }),
                scenario("catalog.call-type.create", t -> new Done(t.admin, "call-type:" + t.core.manageCatalog()
                        .createCallType(t.admin, new CallTypeForm(t.greeting.categoryId().value(), "Sorry", 300L, null, null, List.of(), null)).id())),
                scenario("catalog.call-type.update", t -> {
                    t.core.manageCatalog().updateCallType(t.admin, t.greeting.id(), new CallTypeForm(
                            t.greeting.categoryId().value(), "Birthday song", 900L, null, null, List.of(), null));
                    return new Done(t.admin, "call-type:" + t.greeting.id());
                }),
                scenario("catalog.call-example.create", t -> new Done(t.admin, "call-example:" + t.core.manageCatalog()
                        .createCallExample(t.admin, new CallExampleForm(t.greeting.id().value(), "b2", null, null)).id())),
                scenario("catalog.talent.create", t -> new Done(t.admin,
                        "talent:" + t.core.manageCatalog().createTalent(t.admin, "Sings", false).id())),
                scenario("catalog.category.freeze", t -> {
                    t.core.manageCatalog().setFrozen(t.admin, CatalogElement.CATEGORY, t.greeting.categoryId().value(), true);
                    return new Done(t.admin, "category:" + t.greeting.categoryId());
                }),
                scenario("catalog.call-type.unfreeze", t -> {
                    t.core.manageCatalog().setFrozen(t.admin, CatalogElement.CALL_TYPE, t.greeting.id().value(), false);
                    return new Done(t.admin, "call-type:" + t.greeting.id());
                }),
                scenario("catalog.call-example.delete", t -> {
                    t.core.manageCatalog().delete(t.admin, CatalogElement.CALL_EXAMPLE, t.example.id().value());
                    return new Done(t.admin, "call-example:" + t.example.id());
                }),
                scenario("catalog.talent.delete", t -> {
                    t.core.manageCatalog().deleteTalent(t.admin, t.talent.id().value());
                    return new Done(t.admin, "talent:" + t.talent.id());
                }),
                scenario("catalog.priority.set", t -> {
                    t.core.manageCatalog().setPriorityCategories(t.admin, List.of(t.greeting.categoryId()));
                    return new Done(t.admin, "priority-categories");
                }),
                scenario("auth.sign-in", t -> {
                    t.core.signIn().signIn(" Ivan@Example.com ", InMemoryCore.PASSWORD);
                    return new Done(Caller.anonymous(), "login:ivan@example.com");
                }),
                scenario("auth.sign-out", t -> {
                    t.core.signOut().signOut(t.ivan, "token-1", t.clock.instant().plus(Duration.ofHours(1)));
                    return new Done(t.ivan, "account:" + t.ivan.id());
                }),
                scenario("account.register", t -> new Done(Caller.anonymous(), "account:" + t.core.register()
                        .register(new RegistrationForm("new@example.com", "New", "Tundra-Kettle-42", null, null)).id())),
                scenario("account.password.change", t -> {
                    t.core.cabinet().changePassword(t.ivan, InMemoryCore.PASSWORD, "Lighthouse-Quiet-77");
                    return new Done(t.ivan, "account:" + t.ivan.id());
                }),
                scenario("account.email.change", t -> {
                    t.core.cabinet().changeEmail(t.ivanActedBySupervisor, "ivan.new@example.com", InMemoryCore.PASSWORD);
                    return new Done(t.ivanActedBySupervisor, "account:" + t.ivan.id());
                }),
                scenario("account.create", t -> new Done(t.supervisorActedByAdmin, "account:" + t.core.manageAccounts()
                        .create(t.supervisorActedByAdmin, new NewAccountForm("new@example.com", "New", "CLIENT", 1L, null, null)).id())),
                scenario("account.role.set", t -> {
                    t.core.manageAccounts().setRole(t.admin, t.ivan.id(), "OPERATOR", null);
                    return new Done(t.admin, "account:" + t.ivan.id());
                }),
                scenario("account.block", t -> {
                    t.core.manageAccounts().block(t.admin, t.ivan.id());
                    return new Done(t.admin, "account:" + t.ivan.id());
                }),
                scenario("account.unblock", t -> {
                    t.core.manageAccounts().unblock(t.admin, t.ivan.id());
                    return new Done(t.admin, "account:" + t.ivan.id());
                }),
                scenario("point.create", t -> new Done(t.supervisorActedByAdmin, "point:" + t.core.managePoints()
                        .create(t.supervisorActedByAdmin, new PointForm("South", "Sochi", "+7 862 000-00-00", null)).id())),
                scenario("point.update", t -> {
                    t.core.managePoints().update(t.supervisor, InMemoryCore.MAIN_POINT, new PointForm("Main", "Moscow", "+7", null));
                    return new Done(t.supervisor, "point:" + InMemoryCore.MAIN_POINT);
                }),
                scenario("point.assign-manager", t -> {
                    t.core.managePoints().assignManager(t.supervisor, InMemoryCore.MAIN_POINT, t.ivan.id());
                    return new Done(t.supervisor, "account:" + t.ivan.id());
                }),
                scenario("auth.impersonate", t -> {
                    t.core.impersonate().impersonate(t.supervisor, t.ivan.id());
                    return new Done(t.supervisor, "account:" + t.ivan.id());
                }),
                scenario("notification.retry", t -> {
                    t.core.notifications().retry(t.admin, t.failedMessage);
                    return new Done(t.admin, "notification:" + t.failedMessage);
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stateChanges")
    void a_state_change_leaves_exactly_one_ok_entry_naming_actor_impersonator_action_and_target(Scenario scenario) {
        Done done = scenario.run().apply(this);

        assertThat(newEntries()).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(Outcome.OK);
            assertThat(e.errorCode()).isEmpty();
            assertThat(e.action()).isEqualTo(scenario.action());
            assertThat(e.target()).isEqualTo(done.target());
            assertThat(e.at()).isEqualTo(clock.instant().truncatedTo(ChronoUnit.MICROS));
            assertThat(e.actor()).isEqualTo(AuditEntry.Party.of(done.caller()));
            Optional<AuditEntry.Party> expectedImpersonator = done.caller() instanceof Caller.SignedIn s
                    ? s.impersonator().map(i -> new AuditEntry.Party(Optional.of(i.id()), i.email().value(), Optional.of(i.role())))
                    : Optional.empty();
            assertThat(e.impersonator()).isEqualTo(expectedImpersonator);
        });
    }

    @Test
    void the_scenarios_act_with_and_without_impersonation() {
        assertThat(stateChanges().map(s -> s.run().apply(freshInstance()).caller())
                .filter(c -> c instanceof Caller.SignedIn s && s.impersonator().isPresent())).hasSizeGreaterThanOrEqualTo(4);
    }

    private static AuditTrailTest freshInstance() {
        AuditTrailTest t = new AuditTrailTest();
        t.seed();
        return t;
    }

    @Test
    void the_first_administrator_is_recorded_as_seeded_by_the_system() {
        InMemoryCore empty = new InMemoryCore(clock);

        var root = empty.core.manageAccounts().createFirstAdmin("root@example.com", "Root", "Tundra-Kettle-42");

        assertThat(empty.audit.all()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("account.create-first-admin");
            assertThat(e.target()).isEqualTo("account:" + root.id());
            assertThat(e.actor().label()).isEqualTo("system:first-admin");
            assertThat(e.outcome()).isEqualTo(Outcome.OK);
        });
    }

    @Test
    void a_bulk_delete_leaves_one_entry_per_deleted_order_and_one_for_a_delete_that_found_nothing() {
        Order second = core.placeCallOrder().place(ivan, aForm(greeting.id().value()).build()).order();
        auditedBefore = memory.audit.all().size();

        core.deleteOrders().delete(new DeleteOrdersCommand(List.of(order.id(), second.id()), admin));
        core.deleteOrders().delete(new DeleteOrdersCommand(List.of(order.id()), admin));

        assertThat(newEntries()).extracting(AuditEntry::target, AuditEntry::outcome).containsExactly(
                tuple("order:" + order.id(), Outcome.OK), tuple("order:" + second.id(), Outcome.OK),
                tuple("orders:1", Outcome.OK));
    }

    // --- refusals

    /** One refused use case and the code its entry must carry. */
    record Refusal(String action, String code, Function<AuditTrailTest, Runnable> attempt) {
        @Override
        public String toString() {
            return action + " " + code;
        }
    }

    static Stream<Refusal> refusals() {
        return Stream.of(
                new Refusal("order.place", "INVALID_CREDENTIALS", t -> () -> t.core.placeCallOrder().place(Caller.anonymous(),
                        aForm(t.greeting.id().value()).with("password", "not-the-password").build())),
                new Refusal("order.place", "PASSWORD_REQUIRED", t -> () -> t.core.placeCallOrder().place(Caller.anonymous(),
                        aForm(t.greeting.id().value()).build())),
                new Refusal("order.status.completed", "ILLEGAL_TRANSITION", t -> () -> t.core.changeOrderStatus()
                        .changeStatus(new ChangeOrderStatusCommand(t.order.id(), OrderStatus.COMPLETED, t.admin, null))),
                new Refusal("order.status.cancelled", "FORBIDDEN", t -> () -> t.core.changeOrderStatus()
                        .changeStatus(new ChangeOrderStatusCommand(t.order.id(), OrderStatus.CANCELLED, t.supervisor, null))),
                new Refusal("order.reschedule", "VALIDATION_FAILED", t -> () -> t.core.rescheduleOrder()
                        .reschedule(new RescheduleOrderCommand(t.order.id(), "2020-01-01", "10:00", "11:00", t.admin, null))),
                new Refusal("order.delete", "FORBIDDEN", t -> () -> t.core.deleteOrders()
                        .delete(new DeleteOrdersCommand(List.of(t.order.id()), t.ivan))),
                new Refusal("order.repeat", "NOT_FOUND", t -> () -> t.core.cabinet()
                        .repeatOrder(t.supervisor, new RepeatOrderCommand(t.order.id(), "2026-12-01", "10:00", "11:00"))),
                new Refusal("catalog.category.create", "FORBIDDEN", t -> () -> t.core.manageCatalog().createCategory(t.ivan, "X")),
                new Refusal("catalog.talent.delete", "NOT_FOUND", t -> () -> t.core.manageCatalog().deleteTalent(t.admin, 999)),
                new Refusal("auth.sign-in", "INVALID_CREDENTIALS", t -> () -> t.core.signIn().signIn("ivan@example.com", "wrong-password-1")),
                new Refusal("account.register", "EMAIL_TAKEN", t -> () -> t.core.register()
                        .register(new RegistrationForm("ivan@example.com", "Ivan", "Tundra-Kettle-42", null, null))),
                new Refusal("account.password.change", "INVALID_CREDENTIALS", t -> () -> t.core.cabinet()
                        .changePassword(t.ivan, "wrong-password-1", "Lighthouse-Quiet-77")),
                new Refusal("account.email.change", "EMAIL_TAKEN", t -> () -> t.core.cabinet()
                        .changeEmail(t.ivan, "boss@example.com", InMemoryCore.PASSWORD)),
                new Refusal("account.create", "FORBIDDEN", t -> () -> t.core.manageAccounts()
                        .create(t.ivan, new NewAccountForm("new@example.com", "New", "ADMIN", null, null, null))),
                new Refusal("account.block", "FORBIDDEN", t -> () -> t.core.manageAccounts().block(t.admin, t.admin.id())),
                new Refusal("account.role.set", "NOT_FOUND", t -> () -> t.core.manageAccounts()
                        .setRole(t.admin, new io.ordercore.domain.account.AccountId(999), "OPERATOR", null)),
                new Refusal("point.create", "FORBIDDEN", t -> () -> t.core.managePoints()
                        .create(t.siteManager, new PointForm("South", "Sochi", "+7", null))),
                new Refusal("point.update", "VALIDATION_FAILED", t -> () -> t.core.managePoints()
                        .update(t.admin, InMemoryCore.MAIN_POINT, new PointForm("", "", "", null))),
                new Refusal("auth.impersonate", "FORBIDDEN", t -> () -> t.core.impersonate().impersonate(t.supervisor, t.admin.id())),
                new Refusal("notification.retry", "NOT_FOUND", t -> () -> t.core.notifications().retry(t.admin, 999)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void a_refusal_leaves_exactly_one_refused_entry_with_its_code(Refusal refusal) {
        Runnable attempt = refusal.attempt().apply(this);

        assertThatThrownBy(attempt::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(refusal.code()));

        assertThat(newEntries()).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(Outcome.REFUSED);
            assertThat(e.action()).isEqualTo(refusal.action());
            assertThat(e.errorCode()).contains(refusal.code());
        });
    }

    /** The core over the same storage, with an outbox that breaks when asked to announce a placed order. */
    private Ordercore withOutboxFailingOn(NotificationType type, RuntimeException failure) {
        Outbox failing = new Outbox() {
            @Override
            public void enqueue(Notification notification, Instant now) {
                if (notification.type() == type) {
                    throw failure;
                }
                memory.outbox.enqueue(notification, now);
            }

            @Override
            public List<OutboxMessage> claimDue(Instant now, int limit, Instant leaseUntil) {
                return memory.outbox.claimDue(now, limit, leaseUntil);
            }

            @Override
            public void markSent(long id, Instant at) {
                memory.outbox.markSent(id, at);
            }

            @Override
            public void markFailed(long id, String error, Optional<Instant> retryAt) {
                memory.outbox.markFailed(id, error, retryAt);
            }

            @Override
            public List<OutboxMessage> list(OutboxQuery query) {
                return memory.outbox.list(query);
            }

            @Override
            public boolean retry(long id, Instant now) {
                return memory.outbox.retry(id, now);
            }
        };
        return new Ordercore(new Ordercore.Ports(memory.orders, memory.catalog, memory.ids, memory.store,
                new SimplePhoneNumbers(), clock, memory.accounts, memory.points, memory.hasher, memory.revokedTokens,
                memory.audit, failing, memory.sender, memory.coupons, memory.settings, memory.fulfilment(),
                memory.finance(), memory.partnership()));
    }

    @Test
    void a_refusal_late_in_an_action_rolls_back_everything_it_wrote_but_keeps_its_audit_entry() {
        Ordercore core = withOutboxFailingOn(NotificationType.ORDER_PLACED, new ConcurrentUpdateException("Outbox"));
        int orders = memory.orders.list(OrderListQuery.all()).items().size();
        int outboxed = memory.outbox.all().size();

        assertThatThrownBy(() -> core.placeCallOrder().place(Caller.anonymous(),
                aForm(greeting.id().value()).with("clientEmail", "new@example.com").build()))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(memory.accounts.findByEmail(Email.of("new@example.com"))).as("the account opened on the way").isEmpty();
        assertThat(memory.orders.list(OrderListQuery.all()).items()).hasSize(orders);
        assertThat(memory.outbox.all()).as("not even the welcome mail").hasSize(outboxed);
        assertThat(newEntries()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("order.place");
            assertThat(e.target()).isEqualTo("order:new");
            assertThat(e.outcome()).isEqualTo(Outcome.REFUSED);
            assertThat(e.errorCode()).contains("CONCURRENT_UPDATE");
        });
    }

    @Test
    void an_unexpected_failure_is_recorded_as_failed_and_rolls_back_too() {
        Ordercore core = withOutboxFailingOn(NotificationType.ORDER_STATUS_CHANGED, new IllegalStateException("disk full"));

        assertThatThrownBy(() -> core.changeOrderStatus().changeStatus(
                new ChangeOrderStatusCommand(order.id(), OrderStatus.CANCELLED, admin, null)))
                .isInstanceOf(IllegalStateException.class);

        assertThat(memory.orders.find(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.UNPAID);
        assertThat(newEntries()).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(e.errorCode()).contains("INTERNAL_ERROR");
            assertThat(e.target()).isEqualTo("order:" + order.id());
        });
    }

    @Test
    void a_refused_permission_changes_nothing() {
        assertThatThrownBy(() -> core.deleteOrders().delete(new DeleteOrdersCommand(List.of(order.id()), supervisor)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(memory.orders.find(order.id())).isPresent();
        assertThat(newEntries()).singleElement().satisfies(e -> {
            assertThat(e.target()).isEqualTo("orders:1");
            assertThat(e.actor().account()).contains(supervisor.id());
            assertThat(e.actor().role()).contains(Role.SUPERVISOR);
        });
    }

    @Test
    void reading_changes_nothing_and_leaves_no_entry() {
        core.findOrders().list(admin, OrderListQuery.all());
        core.findOrders().get(ivan, order.id());
        core.cabinet().statistics(ivan);
        core.manageCatalog().fullCatalog(admin);
        core.managePoints().list(supervisor);
        core.manageAccounts().list(admin, io.ordercore.application.port.in.AccountListQuery.all());
        core.notifications().list(admin, new OutboxQuery(Optional.empty(), Optional.empty(), Optional.empty(), 10));
        core.readAudit().list(admin, new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 10));

        assertThat(newEntries()).isEmpty();
    }

    // --- reading the audit

    @Test
    void only_administrators_read_the_audit() {
        AuditQuery all = new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 100);

        for (Caller.SignedIn caller : List.of(supervisor, siteManager, ivan)) {
            assertThatThrownBy(() -> core.readAudit().list(caller, all)).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> core.readAudit().list(Caller.anonymous(), all)).isInstanceOf(UnauthenticatedException.class);
        assertThat(core.readAudit().list(admin, all)).hasSize(auditedBefore);
    }

    @Test
    void the_audit_is_read_newest_first_and_filtered_by_actor_target_and_time() {
        Instant start = clock.instant();
        core.changeOrderStatus().changeStatus(new ChangeOrderStatusCommand(order.id(), OrderStatus.ERROR, Caller.system("gateway"), null));
        clock.advance(Duration.ofMinutes(1));
        core.changeOrderStatus().changeStatus(new ChangeOrderStatusCommand(order.id(), OrderStatus.UNPAID, admin, null));

        List<AuditEntry> onOrder = core.readAudit().list(admin, new AuditQuery(Optional.empty(),
                Optional.of("order:" + order.id()), Optional.of(start), Optional.empty(), 100));
        assertThat(onOrder).extracting(AuditEntry::action).containsExactly("order.status.unpaid", "order.status.error");
        assertThat(core.readAudit().list(admin, new AuditQuery(Optional.of("system:gateway"), Optional.empty(),
                Optional.empty(), Optional.empty(), 100))).extracting(AuditEntry::action).containsExactly("order.status.error");
        assertThat(core.readAudit().list(admin, new AuditQuery(Optional.empty(), Optional.of("order:"),
                Optional.of(start.plusSeconds(1)), Optional.empty(), 100))).extracting(AuditEntry::action)
                .containsExactly("order.status.unpaid");
        assertThat(core.readAudit().list(admin, new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(onOrder.get(0).id()), 1))).extracting(AuditEntry::id).containsExactly(onOrder.get(1).id());
    }
}
