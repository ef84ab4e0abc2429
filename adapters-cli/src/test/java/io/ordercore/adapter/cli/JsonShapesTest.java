package io.ordercore.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ordercore.application.testing.FakeGateway;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.ledger.LedgerAccount;
import io.ordercore.domain.shared.Email;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.OrderId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Scripts read these field names: this test pins every JSON shape, names and order, so that a
 * rename is a deliberate change here and not an accident in a refactoring.
 */
class JsonShapesTest {

    private static final String[] ORDER = {"id", "status", "operatorId", "createdAt", "updatedAt", "version", "client", "recipient",
        "callType", "window", "preferredGender", "wishes", "anonymous", "consentedAt", "couponCode", "price", "history"};
    private static final String[] ACCOUNT = {"id", "email", "name", "role", "pointId", "blocked", "lockedUntil", "language",
        "createdAt"};
    private static final String[] POINT = {"id", "name", "address", "contacts", "description"};
    private static final String[] COUPON_GROUP = {"id", "kind", "percent", "comment", "expiresAt", "createdAt"};
    private static final String[] COUPON = {"id", "code", "kind", "percent", "groupId", "holderId", "expiresAt",
        "totalLimit", "uses", "usedByOrderId", "grantedForOrderId", "createdAt"};
    private static final String[] CALL_TYPE = {"id", "categoryId", "name", "price", "description", "requiredGender",
        "talentIds", "imageUrl", "frozen"};

    private static final String[] OPERATOR = {"id", "email", "name", "gender", "talentIds", "tariff", "rating", "state",
        "capacity", "workingHours", "activeOrders"};
    private static final String[] REVIEW = {"id", "orderId", "clientId", "operatorId", "attitude", "status", "createdAt",
        "moderatedAt", "text"};
    private static final String[] PAYOUT = {"id", "payeeId", "amount", "status", "createdAt", "updatedAt", "note"};
    private static final String[] PAYMENT = {"id", "orderId", "payerId", "kind", "gateway", "externalId", "amount",
        "reference", "at"};
    private static final String[] GATEWAY_CALL = {"id", "at", "gateway", "endpoint", "verdict", "externalId", "orderId",
        "headers", "body"};
    private static final String[] PARTNER = {"id", "email", "name", "code", "commissionPercent", "ownCommissionPercent",
        "balance", "referralLink", "since"};
    private static final String[] BANNER = {"id", "size", "imageUrl", "title", "createdAt"};
    private static final String[] LEDGER_ENTRY = {"id", "movementKey", "amount", "cause", "causeRef", "at"};

    private final TestCore t = new TestCore();

    @BeforeEach
    void fill() {
        t.run("catalog", "talent", "create", "Deep voice");
        t.withCallType();
        t.run("catalog", "example", "create", "--call-type", "1", "--title", "Sample");
        t.place();
    }

    private JsonNode json(String... args) {
        CliRun run = t.run(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.json();
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void orderList() {
        JsonNode page = json("orders", "list", "--format", "json");

        assertThat(fields(page)).containsExactly("items", "nextCursor");
        assertThat(fields(page.get("items").get(0))).containsExactly("id", "status", "createdAt", "callDate",
                "windowStart", "windowEnd", "timeZone", "callTypeId", "callTypeName", "clientName", "clientEmail",
                "recipientName", "recipientPhone", "total");
        assertThat(fields(page.get("items").get(0).get("total"))).containsExactly("amount", "currency");
        assertThat(fields(json("orders", "list", "--all", "--format", "json"))).containsExactly("items", "nextCursor");
    }

    @Test
    void order() {
        JsonNode order = json("orders", "show", "1", "--format", "json");

        assertThat(fields(order)).containsExactly(ORDER);
        assertThat(fields(order.get("client"))).containsExactly("name", "email");
        assertThat(fields(order.get("recipient"))).containsExactly("name", "phone", "country", "city");
        assertThat(fields(order.get("callType"))).containsExactly("id", "name");
        assertThat(fields(order.get("window"))).containsExactly("date", "start", "end", "timeZone", "startsAt", "endsAt");
        assertThat(fields(order.get("price"))).containsExactly("price", "discount", "coupon", "total");
        assertThat(fields(order.get("price").get("total"))).containsExactly("amount", "currency");
        assertThat(fields(order.get("history").get(0))).containsExactly("seq", "at", "actor", "kind", "from", "to", "reason");
        assertThat(fields(order.get("history").get(0).get("actor"))).containsExactly("kind", "id");
    }

    @Test
    void orderWithACoupon() {
        t.applyCoupon(t.core().findOrders().get(t.admin(), new OrderId(1)),
                t.coupons(5, 1, "Spring").get(0));

        JsonNode order = json("orders", "show", "1", "--format", "json");

        assertThat(fields(order)).containsExactly(ORDER);
        assertThat(fields(order.get("price"))).containsExactly("price", "discount", "coupon", "total");
        assertThat(fields(order.get("price").get("coupon"))).containsExactly("code", "kind", "percent");
    }

    @Test
    void couponGeneration() {
        JsonNode generated = json("coupons", "generate", "--percent", "4", "--count", "2", "--comment", "c", "--format", "json");

        assertThat(fields(generated)).containsExactly("group", "codes");
        assertThat(fields(generated.get("group"))).containsExactly(COUPON_GROUP);
        assertThat(generated.get("codes")).hasSize(2);
        assertThat(fields(json("coupons", "generate", "--full", "--count", "1", "--comment", "c", "--format", "json")))
                .containsExactly("group", "codes");
    }

    @Test
    void couponGroups() {
        t.coupons(4, 1, "Spring");

        JsonNode groups = json("coupons", "groups", "--format", "json");

        assertThat(fields(groups)).containsExactly("items");
        List<String> totals = new ArrayList<>(List.of(COUPON_GROUP));
        totals.addAll(List.of("generated", "used", "unused", "deleted"));
        assertThat(fields(groups.get("items").get(0))).containsExactlyElementsOf(totals);
    }

    @Test
    void coupons() {
        String code = t.coupons(4, 1, "Spring").get(0);

        JsonNode list = json("coupons", "list", "--format", "json");
        assertThat(fields(list)).containsExactly("items", "nextAfter");
        assertThat(fields(list.get("items").get(0))).containsExactly(COUPON);
        assertThat(fields(json("coupons", "super", "create", "--percent", "5", "--format", "json"))).containsExactly(COUPON);
        assertThat(fields(json("coupons", "send", code, "--to", "ivan@example.com", "--format", "json")))
                .containsExactly(COUPON);
        assertThat(fields(json("coupons", "delete", "--codes", code, "--format", "json"))).containsExactly("deleted");
    }

    @Test
    void repeatPercent() {
        assertThat(fields(json("coupons", "repeat-percent", "show", "--format", "json"))).containsExactly("percent");
        assertThat(fields(json("coupons", "repeat-percent", "set", "12", "--format", "json"))).containsExactly("percent");
    }

    @Test
    void changedOrdersHaveTheShapeOfShow() {
        assertThat(fields(json("orders", "set-window", "1", "--date", "2026-11-26", "--from", "10:00", "--to", "11:00",
                "--format", "json"))).containsExactly(ORDER);
        assertThat(fields(json("orders", "set-status", "1", "cancelled", "--reason", "x", "--format", "json")))
                .containsExactly(ORDER);
    }

    @Test
    void orderDelete() {
        CliRun run = t.run("orders", "delete", "1", "2", "--format", "json");

        assertThat(fields(run.json())).containsExactly("deleted", "kept");
        assertThat(fields(run.json().get("kept").get(0))).containsExactly("id", "reason");
        assertThat(fields(run.errorJson())).containsExactly("code", "message", "errors");
    }

    @Test
    void validationError() {
        CliRun run = t.run("catalog", "category", "create", "", "--format", "json");

        assertThat(fields(run.errorJson())).containsExactly("code", "message", "errors");
        assertThat(fields(run.errorJson().get("errors").get(0))).containsExactly("field", "code", "message");
    }

    @Test
    void catalogTree() {
        JsonNode tree = json("catalog", "tree", "--format", "json");

        assertThat(fields(tree)).containsExactly("categories", "talents");
        JsonNode category = tree.get("categories").get(0);
        assertThat(fields(category)).containsExactly("id", "name", "frozen", "callTypes");
        List<String> callType = new ArrayList<>(List.of(CALL_TYPE));
        callType.add("examples");
        assertThat(fields(category.get("callTypes").get(0))).containsExactlyElementsOf(callType);
        assertThat(fields(category.get("callTypes").get(0).get("examples").get(0)))
                .containsExactly("id", "callTypeId", "title", "text", "recordingUrl", "frozen");
        assertThat(fields(tree.get("talents").get(0))).containsExactly("id", "name", "critical");
    }

    @Test
    void catalogObjects() {
        assertThat(fields(json("catalog", "category", "create", "X", "--format", "json"))).containsExactly("id", "name", "frozen");
        assertThat(fields(json("catalog", "category", "rename", "1", "Y", "--format", "json"))).containsExactly("id", "name", "frozen");
        assertThat(fields(json("catalog", "call-type", "create", "--category", "1", "--name", "Z", "--price", "1",
                "--format", "json"))).containsExactly(CALL_TYPE);
        assertThat(fields(json("catalog", "call-type", "update", "1", "--format", "json"))).containsExactly(CALL_TYPE);
        assertThat(fields(json("catalog", "example", "create", "--call-type", "1", "--title", "T", "--format", "json")))
                .containsExactly("id", "callTypeId", "title", "text", "recordingUrl", "frozen");
        assertThat(fields(json("catalog", "talent", "create", "Bass", "--format", "json"))).containsExactly("id", "name", "critical");
    }

    @Test
    void catalogLists() {
        for (String level : List.of("category", "call-type", "example", "talent")) {
            JsonNode list = json("catalog", level, "list", "--format", "json");
            assertThat(fields(list)).as(level).containsExactly("items");
            assertThat(list.get("items")).as(level).isNotEmpty();
        }
        assertThat(fields(json("catalog", "call-type", "list", "--format", "json").get("items").get(0)))
                .containsExactly(CALL_TYPE);
    }

    @Test
    void catalogChanges() {
        assertThat(fields(json("catalog", "example", "freeze", "1", "--format", "json"))).containsExactly("element", "id", "frozen");
        assertThat(fields(json("catalog", "example", "unfreeze", "1", "--format", "json"))).containsExactly("element", "id", "frozen");
        assertThat(fields(json("catalog", "example", "delete", "1", "--format", "json"))).containsExactly("element", "id", "deleted");
        assertThat(fields(json("catalog", "talent", "delete", "1", "--format", "json"))).containsExactly("element", "id", "deleted");
    }

    @Test
    void priority() {
        JsonNode shown = json("catalog", "priority", "set", "1", "--format", "json");

        assertThat(fields(shown)).containsExactly("priority", "quickOrder");
        assertThat(fields(shown.get("priority").get(0))).containsExactly("id", "name", "frozen");
        assertThat(fields(json("catalog", "priority", "show", "--format", "json"))).containsExactly("priority", "quickOrder");
    }

    @Test
    void account() {
        assertThat(fields(json("users", "create", "--email", "bob@example.com", "--role", "CLIENT", "--point", "1",
                "--format", "json"))).containsExactly(ACCOUNT);
        assertThat(fields(json("users", "show", "bob@example.com", "--format", "json"))).containsExactly(ACCOUNT);
        assertThat(fields(json("users", "set-role", "bob@example.com", "OPERATOR", "--format", "json"))).containsExactly(ACCOUNT);
        assertThat(fields(json("users", "lock", "bob@example.com", "--format", "json"))).containsExactly(ACCOUNT);
        assertThat(fields(json("users", "unlock", "bob@example.com", "--format", "json"))).containsExactly(ACCOUNT);
        assertThat(fields(json("points", "assign-manager", "1", "bob@example.com", "--format", "json"))).containsExactly(ACCOUNT);
    }

    @Test
    void accountList() {
        JsonNode list = json("users", "list", "--format", "json");

        assertThat(fields(list)).containsExactly("items", "nextAfter");
        assertThat(fields(list.get("items").get(0))).containsExactly(ACCOUNT);
    }

    @Test
    void points() {
        assertThat(fields(json("points", "create", "--name", "N", "--address", "A", "--contacts", "C", "--format", "json")))
                .containsExactly(POINT);
        assertThat(fields(json("points", "update", "2", "--name", "M", "--format", "json"))).containsExactly(POINT);
        assertThat(fields(json("points", "show", "2", "--format", "json"))).containsExactly(POINT);
        JsonNode list = json("points", "list", "--format", "json");
        assertThat(fields(list)).containsExactly("items");
        assertThat(fields(list.get("items").get(0))).containsExactly(POINT);
    }

    @Test
    void auditList() {
        JsonNode list = json("audit", "list", "--format", "json");

        assertThat(fields(list)).containsExactly("items", "nextBefore");
        JsonNode entry = list.get("items").get(0);
        assertThat(fields(entry)).containsExactly("id", "at", "actor", "impersonator", "action", "target", "outcome",
                "errorCode");
        assertThat(fields(entry.get("actor"))).containsExactly("label", "accountId", "role");
    }

    @Test
    void notifications() {
        JsonNode list = json("notifications", "list", "--format", "json");

        assertThat(fields(list)).containsExactly("items", "nextBefore");
        assertThat(fields(list.get("items").get(0))).containsExactly("id", "type", "recipient", "language", "status",
                "attempts", "createdAt", "nextAttemptAt", "sentAt", "lastError", "params");
        t.memory.outbox.markFailed(1, "down", java.util.Optional.empty());
        assertThat(fields(json("notifications", "retry", "1", "--format", "json"))).containsExactly("id", "retried");
    }

    @Test
    void operators() {
        t.run("users", "create", "--email", "olga@example.com", "--role", "OPERATOR");

        JsonNode added = json("operators", "add", "--email", "olga@example.com", "--gender", "FEMALE", "--tariff", "1",
                "--format", "json");
        assertThat(fields(added)).containsExactly(OPERATOR);
        assertThat(fields(added.get("tariff"))).containsExactly("amount", "currency");
        assertThat(fields(json("operators", "update", "3", "--capacity", "2", "--format", "json"))).containsExactly(OPERATOR);
        assertThat(fields(json("operators", "show", "3", "--format", "json"))).containsExactly(OPERATOR);
        for (String change : List.of("pause", "freeze", "resume")) {
            assertThat(fields(json("operators", change, "3", "--format", "json"))).as(change).containsExactly(OPERATOR);
        }
        JsonNode list = json("operators", "list", "--format", "json");
        assertThat(fields(list)).containsExactly("items", "nextAfter");
        assertThat(fields(list.get("items").get(0))).containsExactly(OPERATOR);
    }

    @Test
    void dispatch() {
        t.operator("olga@example.com", "FEMALE");
        t.placePaid();

        JsonNode explained = json("dispatch", "explain", "2", "--format", "json");
        assertThat(fields(explained)).containsExactly("orderId", "decisions");
        assertThat(fields(explained.get("decisions").get(0)))
                .containsExactly("at", "kind", "chosenOperatorId", "decidedBy", "explanation");
        assertThat(fields(json("dispatch", "remove-operator", "2", "--format", "json"))).containsExactly(ORDER);
        JsonNode awaiting = json("dispatch", "awaiting", "--format", "json");
        assertThat(fields(awaiting)).containsExactly("items");
        assertThat(fields(awaiting.get("items").get(0))).containsExactly("orderId", "stage", "dueAt");
        assertThat(fields(json("dispatch", "cancel-refusal", "2", "--operator", "3", "--format", "json")))
                .containsExactly("orderId", "operatorId", "refusalCancelled");
        assertThat(fields(json("dispatch", "assign", "2", "--operator", "3", "--format", "json"))).containsExactly(ORDER);
        assertThat(fields(json("dispatch", "run", "--format", "json"))).containsExactly("handled");
    }

    @Test
    void reviews() {
        t.operator("olga@example.com", "FEMALE");
        t.review(t.complete(t.placePaid()), "Lovely", 1);

        JsonNode list = json("reviews", "list", "--format", "json");
        assertThat(fields(list)).containsExactly("items", "nextBefore");
        assertThat(fields(list.get("items").get(0))).containsExactly(REVIEW);
        assertThat(fields(json("reviews", "approve", "1", "--format", "json")))
                .containsExactly("status", "requested", "moderated");
    }

    @Test
    void payouts() {
        t.operator("olga@example.com", "FEMALE");
        t.complete(t.placePaid());
        t.core().operatorCabinet().requestPayout(t.core().authenticate().asAccount("olga@example.com"), 100L);

        JsonNode list = json("payouts", "list", "--format", "json");
        assertThat(fields(list)).containsExactly("items", "nextBefore");
        assertThat(fields(list.get("items").get(0))).containsExactly(PAYOUT);
        assertThat(fields(list.get("items").get(0).get("amount"))).containsExactly("amount", "currency");
        assertThat(fields(json("payouts", "set-status", "1", "ERROR", "--note", "n", "--format", "json")))
                .containsExactly(PAYOUT);
    }

    @Test
    void partners() {
        t.memory.signedIn(Role.PARTNER, "pat@example.com");
        long pat = t.memory.accounts.findByEmail(Email.of("pat@example.com")).orElseThrow()
                .id().value();

        assertThat(fields(json("partners", "enrol", "--account-id", String.valueOf(pat), "--format", "json")))
                .containsExactly(PARTNER);
        assertThat(fields(json("partners", "show", String.valueOf(pat), "--format", "json"))).containsExactly(PARTNER);
        assertThat(fields(json("partners", "show", String.valueOf(pat), "--format", "json").get("balance")))
                .containsExactly("amount", "currency");
        assertThat(fields(json("partners", "set-commission", String.valueOf(pat), "--percent", "20", "--format", "json")))
                .containsExactly(PARTNER);
        JsonNode list = json("partners", "list", "--format", "json");
        assertThat(fields(list)).containsExactly("items", "nextAfter");
        assertThat(fields(list.get("items").get(0))).containsExactly(PARTNER);
        assertThat(fields(json("partners", "default-commission", "--format", "json"))).containsExactly("commissionPercent");
        JsonNode stats = json("partners", "stats", String.valueOf(pat), "--format", "json");
        assertThat(fields(stats)).containsExactly("partnerId", "from", "to", "clients", "paidOrders", "paid", "commission");
        assertThat(fields(stats.get("commission"))).containsExactly("amount", "currency");
        assertThat(fields(json("partners", "banners", "add", "--size", "120x600", "--image-url", "https://cdn.example/a.png",
                "--title", "A", "--format", "json"))).containsExactly(BANNER);
        JsonNode banners = json("partners", "banners", "list", "--format", "json");
        assertThat(fields(banners)).containsExactly("items");
        assertThat(fields(banners.get("items").get(0))).containsExactly(BANNER);
        assertThat(fields(json("partners", "banners", "delete", "1", "--format", "json"))).containsExactly("id", "deleted");
    }

    @Test
    void payments() {
        t.core().gatewayCalls().handle(FakeGateway.NAME, FakeGateway.call("PAYMENT", "ext-1", "ORDER-1", "", "1500.00", "RUB",
                false));
        t.place();

        assertThat(fields(json("payments", "mark-offline", "2", "--amount", "100", "--reference", "r", "--format", "json")))
                .containsExactly(ORDER);
        JsonNode list = json("payments", "list", "--format", "json");
        assertThat(fields(list)).containsExactly("items", "nextBefore");
        assertThat(fields(list.get("items").get(0))).containsExactly(PAYMENT);
        assertThat(fields(list.get("items").get(1))).containsExactly(PAYMENT);
        assertThat(fields(list.get("items").get(0).get("amount"))).containsExactly("amount", "currency");
        JsonNode log = json("payments", "log", "--format", "json");
        assertThat(fields(log)).containsExactly("items", "nextBefore");
        assertThat(fields(log.get("items").get(0))).containsExactly(GATEWAY_CALL);
    }

    @Test
    void balance() {
        JsonNode adjusted = json("balance", "adjust", "2", "--amount", "100", "--reason", "r", "--format", "json");
        assertThat(fields(adjusted)).containsExactly("accountId", "balance");
        assertThat(fields(adjusted.get("balance"))).containsExactly("amount", "currency");

        JsonNode shown = json("balance", "show", "2", "--format", "json");
        assertThat(fields(shown)).containsExactly("accountId", "balance", "entries");
        assertThat(fields(shown.get("balance"))).containsExactly("amount", "currency");
        assertThat(fields(shown.get("entries").get(0))).containsExactly(LEDGER_ENTRY);
        assertThat(fields(shown.get("entries").get(0).get("amount"))).containsExactly("amount", "currency");
    }

    @Test
    void integrity() {
        JsonNode consistent = json("check", "integrity", "--format", "json");
        assertThat(fields(consistent)).containsExactly("consistent", "findings");
        assertThat(fields(consistent.get("findings"))).containsExactly("balances", "movements", "paidOrders", "payments",
                "statuses");

        t.memory.ledger.tamperBalance(LedgerAccount.clientPoints(new AccountId(2)), Money.kopecks(1));
        CliRun found = t.run("check", "integrity", "--format", "json");
        assertThat(found.exitCode()).isEqualTo(ExitCodes.CONFLICT);
        assertThat(fields(found.json())).containsExactly("consistent", "findings");
        assertThat(found.json().get("findings").get("balances").get(0).isTextual()).isTrue();
        assertThat(fields(found.errorJson())).containsExactly("code", "message", "errors");
    }
}
