package io.ordercore.adapter.web.order;

import static io.ordercore.adapter.web.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.ordercore.adapter.web.Api;
import io.ordercore.adapter.web.Fixtures;
import io.ordercore.adapter.web.Reply;
import io.ordercore.adapter.web.Sessions;
import io.ordercore.adapter.web.TestCore;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ChangeOrderStatusUseCase;
import io.ordercore.application.port.in.ChangeOrderStatusUseCase.ChangeOrderStatusCommand;
import io.ordercore.domain.catalog.CallType;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.testing.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The admin order list (filters and cursor paging) and bulk delete. Each test names its orders with
 * its own prefix, so tests sharing one context do not see each other's orders through the filters.
 */
@MicronautTest
class AdminOrderListHttpTest {

    private final Api api;
    private final Fixtures fixtures;
    private final MutableClock clock;
    private final ChangeOrderStatusUseCase changeStatus;

    AdminOrderListHttpTest(Api api, Fixtures fixtures, MutableClock clock, ChangeOrderStatusUseCase changeStatus,
                           Sessions sessions) {
        this.api = api.as(sessions.admin());
        this.fixtures = fixtures;
        this.clock = clock;
        this.changeStatus = changeStatus;
    }

    @AfterEach
    void resetClock() {
        clock.set(TestCore.NOW);
    }

    @Test
    void listsOrdersWithTheirSummary() {
        CallType type = fixtures.orderableCallType();
        long id = fixtures.order(type, "Summary Anna", "anna@example.com", "Oleg", "+79991112233").id().value();

        Reply page = api.get("/api/v1/admin/orders?clientName=summary");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.size("items")).isEqualTo(1);
        assertThat(page.number("items[0].id")).isEqualTo(id);
        assertThat(page.text("items[0].status")).isEqualTo("UNPAID");
        assertThat(page.text("items[0].clientName")).isEqualTo("Summary Anna");
        assertThat(page.text("items[0].clientEmail")).isEqualTo("anna@example.com");
        assertThat(page.text("items[0].recipientName")).isEqualTo("Oleg");
        assertThat(page.text("items[0].recipientPhone")).isEqualTo("+79991112233");
        assertThat(page.number("items[0].callType.id")).isEqualTo(type.id().value());
        assertThat(page.text("items[0].window.date")).isEqualTo("2026-11-25");
        assertThat(page.text("items[0].window.timeZone")).isEqualTo("Europe/Moscow");
        assertThat(page.text("items[0].total.amount")).isEqualTo("1500.00");
        assertThat(page.text("items[0].createdAt")).isEqualTo("2026-11-23T06:00:00Z");
        assertThat(page.has("nextCursor")).isTrue();
        assertThat(page.at("nextCursor").isNull()).isTrue();
    }

    @Test
    void filtersCombine() {
        CallType greeting = fixtures.orderableCallType();
        CallType prank = fixtures.callType(fixtures.category("Pranks"), "Fake lottery", 900);
        long a = fixtures.order(greeting, "Filter Anna", "anna.f@example.com", "Pavel", "+79160000001").id().value();
        clock.advance(Duration.ofHours(1));
        long b = fixtures.order(prank, "Filter Boris", "boris.f@example.com", "Pavel", "+79160000002", "2026-11-27")
                .id().value();
        clock.advance(Duration.ofHours(1));
        long c = fixtures.order(prank, "Filter Clara", "clara.f@example.com", "Zoya", "+74950000003").id().value();
        cancel(c);

        assertThat(ids("clientName=FILTER")).containsExactly(c, b, a);
        assertThat(ids("clientName=filter&sort=created_asc")).containsExactly(a, b, c);
        assertThat(ids("clientName=filter&clientEmail=boris")).containsExactly(b);
        assertThat(ids("clientName=filter&callTypeId=" + prank.id().value())).containsExactly(c, b);
        assertThat(ids("clientName=filter&recipientName=pav")).containsExactly(b, a);
        assertThat(ids("clientName=filter&recipientPhone=%2B7495")).containsExactly(c);
        assertThat(ids("clientName=filter&recipientPhone=7916")).containsExactly(b, a);
        assertThat(ids("clientName=filter&status=CANCELLED")).containsExactly(c);
        assertThat(ids("clientName=filter&status=unpaid,cancelled")).containsExactly(c, b, a);
        assertThat(ids("clientName=filter&status=UNPAID&status=PAID")).containsExactly(b, a);
        assertThat(ids("clientName=filter&createdFrom=2026-11-23T07:00:00Z")).containsExactly(c, b);
        assertThat(ids("clientName=filter&createdTo=2026-11-23T07:00:00Z")).containsExactly(a);
        assertThat(ids("clientName=filter&scheduledFrom=2026-11-26")).containsExactly(b);
        assertThat(ids("clientName=filter&scheduledTo=2026-11-26&sort=scheduled_asc")).containsExactly(a, c);
        assertThat(ids("id=" + b)).containsExactly(b);
    }

    @Test
    void pagesWithACursor() {
        CallType type = fixtures.orderableCallType();
        List<Long> placed = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            placed.add(fixtures.order(type, "Paging " + i, "p" + i + "@example.com", "R", "+79160000010").id().value());
            clock.advance(Duration.ofMinutes(1));
        }

        Reply first = api.get("/api/v1/admin/orders?clientName=paging&sort=CREATED_ASC&limit=2");
        assertThat(first.numbers("items", "id")).containsExactly(placed.get(0), placed.get(1));
        String cursor = first.text("nextCursor");
        assertThat(cursor).isNotBlank();

        Reply second = api.get("/api/v1/admin/orders?clientName=paging&sort=CREATED_ASC&limit=2&cursor=" + cursor);
        assertThat(second.numbers("items", "id")).containsExactly(placed.get(2), placed.get(3));

        Reply last = api.get("/api/v1/admin/orders?clientName=paging&sort=CREATED_ASC&limit=2&cursor="
                + second.text("nextCursor"));
        assertThat(last.numbers("items", "id")).containsExactly(placed.get(4));
        assertThat(last.text("nextCursor")).isNull();

        Reply otherSort = api.get("/api/v1/admin/orders?clientName=paging&sort=CREATED_DESC&cursor=" + cursor);
        assertProblem(otherSort, 400, "VALIDATION_FAILED");
        assertThat(otherSort.text("errors[0].field")).isEqualTo("cursor");
        assertThat(otherSort.text("errors[0].code")).isEqualTo("INVALID_CURSOR");
    }

    @Test
    void everyBadFilterIsReportedAtOnce() {
        Reply reply = api.get("/api/v1/admin/orders?id=abc&createdFrom=yesterday&status=LOST&sort=random&limit=0");

        assertProblem(reply, 400, "VALIDATION_FAILED");
        assertThat(reply.texts("errors", "field")).containsExactly("id", "createdFrom", "status", "sort", "limit");
        assertThat(reply.texts("errors", "code"))
                .containsExactly("NOT_AN_ID", "INVALID_TIME", "INVALID_CHOICE", "INVALID_CHOICE", "OUT_OF_RANGE");
    }

    @Test
    void bulkDeleteDeletesWhatMayGoAndSaysWhyTheRestStayed() {
        CallType type = fixtures.orderableCallType();
        long unpaid = fixtures.order(type, "Bulk U", "u@example.com", "R", "+79160000020").id().value();
        long cancelled = fixtures.order(type, "Bulk C", "c@example.com", "R", "+79160000021").id().value();
        long broken = fixtures.order(type, "Bulk E", "e@example.com", "R", "+79160000022").id().value();
        cancel(cancelled);
        changeStatus.changeStatus(new ChangeOrderStatusCommand(new OrderId(broken), OrderStatus.ERROR,
                Caller.system("test"), "fault"));

        Reply reply = api.post("/api/v1/admin/orders/bulk-delete",
                "{\"ids\": [" + broken + ", " + unpaid + ", 987654, " + cancelled + "]}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.at("deleted").size()).isEqualTo(2);
        assertThat(reply.at("deleted[0]").getLongValue()).isEqualTo(unpaid);
        assertThat(reply.at("deleted[1]").getLongValue()).isEqualTo(cancelled);
        assertThat(reply.numbers("kept", "id")).containsExactly(broken, 987654L);
        assertThat(reply.texts("kept", "reason")).containsExactly("NOT_DELETABLE", "NOT_FOUND");
        assertProblem(api.get("/api/v1/admin/orders/" + unpaid), 404, "NOT_FOUND");
        assertThat(api.get("/api/v1/admin/orders/" + broken).text("status")).isEqualTo("ERROR");
    }

    @Test
    void bulkDeleteNeedsIds() {
        Reply empty = api.post("/api/v1/admin/orders/bulk-delete", "{\"ids\": []}");
        assertProblem(empty, 400, "VALIDATION_FAILED");
        assertThat(empty.text("errors[0].field")).isEqualTo("ids");
        assertThat(empty.text("errors[0].code")).isEqualTo("OUT_OF_RANGE");

        Reply notAnId = api.post("/api/v1/admin/orders/bulk-delete", "{\"ids\": [5, -1]}");
        assertThat(notAnId.text("errors[0].code")).isEqualTo("NOT_AN_ID");

        assertThat(api.post("/api/v1/admin/orders/bulk-delete", "{}").text("errors[0].code")).isEqualTo("REQUIRED");
    }

    private List<Long> ids(String query) {
        Reply page = api.get("/api/v1/admin/orders?" + query);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page.numbers("items", "id");
    }

    private void cancel(long id) {
        api.post("/api/v1/admin/orders/" + id + "/status", "{\"status\": \"CANCELLED\"}");
    }
}
