package io.ordercore.adapter.persistence.race;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.ordercore.adapter.persistence.testing.CoreOnStorage;
import io.ordercore.adapter.persistence.testing.StorageContext;
import io.ordercore.application.port.in.CallOrderForm;
import io.ordercore.application.port.in.CallReport;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ManageCatalogUseCase.CallTypeForm;
import io.ordercore.application.port.in.ManageAccountsUseCase.NewAccountForm;
import io.ordercore.application.port.in.ManageCouponsUseCase.GenerateForm;
import io.ordercore.application.port.in.OperatorForm;
import io.ordercore.application.port.in.TelephonyUseCase.Outcome;
import io.ordercore.application.port.out.Operators;
import io.ordercore.application.service.Ordercore;
import io.ordercore.application.testing.RecordingNotificationSender;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderHistoryEntry;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.testing.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Dispatch on real PostgreSQL through the use cases: the whole flow of an order after payment, and
 * two service instances running the scheduler at the same moment over the same due work.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DispatchOnPostgresTest {

    private final MutableClock clock = MutableClock.atDefaultNow();
    private ApplicationContext context;
    private Ordercore core;
    private Caller.SignedIn admin;
    private long callTypeId;
    private int run;

    @BeforeAll
    void start() {
        context = StorageContext.postgres("dispatch_flow");
        core = CoreOnStorage.of(context, clock, new RecordingNotificationSender());
        var view = core.manageAccounts().createFirstAdmin("dispatch-admin@example.com", "Admin", "a-long-Secret-42");
        admin = new Caller.SignedIn(view.id(), view.email(), view.role(), view.point(), Optional.empty());
        long category = core.manageCatalog().createCategory(admin, "Dispatch").id().value();
        callTypeId = core.manageCatalog().createCallType(admin,
                new CallTypeForm(category, "Greeting", 1000L, null, null, List.of(), null)).id().value();
    }

    @AfterAll
    void stop() {
        context.close();
    }

    private Caller.SignedIn account(Role role, String email) {
        var view = core.manageAccounts().create(admin, new NewAccountForm(email, "Test " + role,
                role.name(), null, "a-long-Secret-42", null));
        return new Caller.SignedIn(view.id(), view.email(), view.role(), view.point(), Optional.empty());
    }

    /** A client account, opened the way visitors get one: by ordering (that first order stays unpaid). */
    private Caller.SignedIn client(String email) {
        core.placeCallOrder().place(Caller.system("shop"), new CallOrderForm(callTypeId, "Client", email, "Recipient",
                "+79161234567", "RU", "Moscow", "2026-11-25", "10:00", "12:00", null, null, false, true, null, null, null));
        var account = context.getBean(io.ordercore.application.port.out.Accounts.class)
                .findByEmail(io.ordercore.domain.shared.Email.of(email)).orElseThrow();
        return new Caller.SignedIn(account.id(), account.email(), Role.CLIENT, account.point(), Optional.empty());
    }

    private Caller.SignedIn operator(String email, int capacity, int rating) {
        Caller.SignedIn account = account(Role.OPERATOR, email);
        core.manageOperators().add(admin, new OperatorForm(email, "FEMALE", List.of(), 30_000L, capacity, null));
        context.getBean(Operators.class).addToRating(account.id(), rating);
        return account;
    }

    private Order paidOrder(Caller client, String code) {
        return core.placeCallOrder().place(client, new CallOrderForm(callTypeId, "Client", "ignored@example.com",
                "Recipient", "+79161234567", "RU", "Moscow", "2026-11-25", "10:00", "12:00", null, null, false, true,
                code, null, null)).order();
    }

    private List<String> fullCodes(int count) {
        return core.manageCoupons().generate(admin, new GenerateForm("FULL", null, count, "dispatch test", null)).codes();
    }

    private Order stored(OrderId id) {
        return core.findOrders().get(admin, id);
    }

    @Test
    void paidProposedRefusedReproposedConfirmedCalledCompletedCreditedReviewedRated() {
        Caller.SignedIn first = operator("flow-first@example.com", 1, 10);
        Caller.SignedIn second = operator("flow-second@example.com", 1, 5);
        Caller.SignedIn client = client("flow-client@example.com");

        Order paid = paidOrder(client, fullCodes(1).get(0));
        assertThat(stored(paid.id()).operator()).contains(first.id());

        assertThat(core.operatorCabinet().refuse(first, paid.id(), "busy").operator()).contains(second.id());
        assertThat(core.operatorCabinet().confirm(second, paid.id()).status()).isEqualTo(OrderStatus.IN_PROGRESS);
        Outcome outcome = core.telephony().report(new CallReport(paid.id().value(), second.id().value(),
                "2026-11-25T07:10:00Z", "2026-11-25T07:10:25Z", 25L, "https://rec.example.com/a.mp3", "ANSWERED", true));

        assertThat(outcome).isEqualTo(Outcome.COMPLETED);
        assertThat(stored(paid.id()).status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(core.operatorCabinet().earnings(second).available()).isEqualTo(Money.kopecks(30_000));
        var review = core.reviews().leave(client, paid.id(), "Thank you", 1);
        assertThat(core.reviews().moderate(admin, List.of(review.id()), true)).isEqualTo(1);
        assertThat(core.manageOperators().get(admin, second.id().value()).operator().rating()).isEqualTo(6);
        assertThat(core.dispatch().explain(admin, paid.id())).hasSize(2);
    }

    /** Twenty proposals time out at once; two instances' schedulers race for them: each is handled once. */
    @RepeatedTest(3)
    void twoSchedulersHandleEachTimedOutProposalOnce() throws Exception {
        run++;
        Caller.SignedIn slow = operator("slow" + run + "@example.com", 20, 1000 + run * 10);
        Caller.SignedIn quick = operator("quick" + run + "@example.com", 20, 999 + run * 10);
        Caller client = client("race-client" + run + "@example.com");
        List<OrderId> orders = new ArrayList<>();
        for (String code : fullCodes(20)) {
            orders.add(paidOrder(client, code).id());
        }
        orders.forEach(id -> assertThat(stored(id).operator()).contains(slow.id()));
        Ordercore otherInstance = CoreOnStorage.of(context, clock, new RecordingNotificationSender());
        clock.advance(Duration.ofMinutes(16));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        Future<Integer> a = pool.submit(() -> {
            go.await();
            return core.dispatch().runScheduled(Caller.system("scheduler-a"), 100);
        });
        Future<Integer> b = pool.submit(() -> {
            go.await();
            return otherInstance.dispatch().runScheduled(Caller.system("scheduler-b"), 100);
        });
        go.countDown();
        int handled = a.get(60, TimeUnit.SECONDS) + b.get(60, TimeUnit.SECONDS);
        pool.shutdown();

        assertThat(handled).isEqualTo(20);
        for (OrderId id : orders) {
            Order order = stored(id);
            assertThat(order.operator()).as("re-proposed once, to the next candidate").contains(quick.id());
            assertThat(order.history().stream().filter(e -> e.kind() == OrderHistoryEntry.Kind.STATUS
                    && e.reason().orElse("").startsWith("no answer within"))).hasSize(1);
        }
        clock.advance(Duration.ofMinutes(16));
        for (OrderId id : orders) {
            core.operatorCabinet().confirm(quick, id); // both operators free again for the next repetition
        }
    }
}
