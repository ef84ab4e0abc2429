package io.ordercore.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ordercore.application.port.in.OrderListQuery;
import io.ordercore.application.port.in.OrderPage;
import io.ordercore.application.port.out.Orders;
import io.ordercore.application.service.Ordercore;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.order.OrderStatus;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class OrderListCommandTest {

    private final TestCore t = new TestCore().withCallType();

    private CliRun ok(String... args) {
        CliRun run = t.run(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    @Test
    void tableIsAlignedNewestFirst() {
        t.place();
        t.place("Anna Smirnova", "anna@example.com", "Oleg");

        CliRun run = ok("orders", "list");

        assertThat(run.out()).isEqualTo("""
                ID  STATUS  CREATED (UTC)         CALL DATE   WINDOW (MSK)  CALL TYPE          CLIENT         CLIENT EMAIL      RECIPIENT      PHONE         TOTAL
                2   UNPAID  2026-11-23T06:01:00Z  2026-11-25  10:00-12:00   Birthday greeting  Anna Smirnova  anna@example.com  Oleg           +79161234567  1500.00 RUB
                1   UNPAID  2026-11-23T06:00:00Z  2026-11-25  10:00-12:00   Birthday greeting  Ivan Petrov    ivan@example.com  Maria Ivanova  +79161234567  1500.00 RUB
                """);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void anEmptyTableIsItsHeader() {
        assertThat(ok("orders", "list").out()).isEqualTo(
                "ID  STATUS  CREATED (UTC)  CALL DATE  WINDOW (MSK)  CALL TYPE  CLIENT  CLIENT EMAIL  RECIPIENT  PHONE  TOTAL\n");
    }

    @Test
    void tableShowsLineBreaksEscapedSoARowStaysOneLine() {
        t.place("Ivan\nPetrov", "ivan@example.com", "Maria");

        assertThat(ok("orders", "list").out().lines()).hasSize(2).element(1).asString().contains("Ivan\\nPetrov");
    }

    @Test
    void jsonItemHasEveryFieldAsAString() {
        t.place();

        JsonNode json = ok("orders", "list", "--format", "json").json();

        assertThat(json.get("nextCursor").isNull()).isTrue();
        JsonNode item = json.get("items").get(0);
        assertThat(item.get("id").asLong()).isEqualTo(1);
        assertThat(item.get("status").asText()).isEqualTo("UNPAID");
        assertThat(item.get("createdAt").asText()).isEqualTo("2026-11-23T06:00:00Z");
        assertThat(item.get("callDate").asText()).isEqualTo("2026-11-25");
        assertThat(item.get("windowStart").asText()).isEqualTo("10:00");
        assertThat(item.get("windowEnd").asText()).isEqualTo("12:00");
        assertThat(item.get("timeZone").asText()).isEqualTo("Europe/Moscow");
        assertThat(item.get("callTypeId").asLong()).isEqualTo(1);
        assertThat(item.get("callTypeName").asText()).isEqualTo("Birthday greeting");
        assertThat(item.get("clientName").asText()).isEqualTo("Ivan Petrov");
        assertThat(item.get("clientEmail").asText()).isEqualTo("ivan@example.com");
        assertThat(item.get("recipientName").asText()).isEqualTo("Maria Ivanova");
        assertThat(item.get("recipientPhone").asText()).isEqualTo("+79161234567");
        assertThat(item.get("total").get("amount").isTextual()).isTrue();
        assertThat(item.get("total").get("amount").asText()).isEqualTo("1500.00");
        assertThat(item.get("total").get("currency").asText()).isEqualTo("RUB");
    }

    @Test
    void csvHasAHeaderAndOneRowPerOrder() {
        t.place();

        CliRun run = ok("orders", "list", "--format", "csv");

        assertThat(run.csvHeader()).containsExactly("id", "status", "createdAt", "callDate", "windowStart", "windowEnd",
                "timeZone", "callTypeId", "callTypeName", "clientName", "clientEmail", "recipientName",
                "recipientPhone", "total", "currency");
        List<CSVRecord> rows = run.csv();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).toList()).containsExactly("1", "UNPAID", "2026-11-23T06:00:00Z", "2026-11-25", "10:00",
                "12:00", "Europe/Moscow", "1", "Birthday greeting", "Ivan Petrov", "ivan@example.com", "Maria Ivanova",
                "+79161234567", "1500.00", "RUB");
        assertThat(run.out()).endsWith("+79161234567,1500.00,RUB\r\n");
    }

    @Test
    void csvQuotesCommasQuotesAndLineBreaks() {
        t.place("Ivanov, \"Vanya\"\nJr", "ivan@example.com", "Maria, the \"best\"");

        CliRun run = ok("orders", "list", "--format", "csv");

        assertThat(run.out()).contains(",\"Ivanov, \"\"Vanya\"\"\nJr\",ivan@example.com,\"Maria, the \"\"best\"\"\",");
        CSVRecord row = run.csv().get(0);
        assertThat(row.get("clientName")).isEqualTo("Ivanov, \"Vanya\"\nJr");
        assertThat(row.get("recipientName")).isEqualTo("Maria, the \"best\"");
    }

    @Test
    void csvKeepsSpreadsheetsFromRunningNamesAsFormulas() {
        t.place("=HYPERLINK(\"http://evil\")", "ivan@example.com", "+Maria");

        CSVRecord row = ok("orders", "list", "--format", "csv").csv().get(0);

        assertThat(row.get("clientName")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(row.get("recipientName")).isEqualTo("'+Maria");
        assertThat(row.get("recipientPhone")).isEqualTo("+79161234567");
        JsonNode json = ok("orders", "list", "--format", "json").json();
        assertThat(json.get("items").get(0).get("clientName").asText()).isEqualTo("=HYPERLINK(\"http://evil\")");
    }

    @Test
    void onePageGivesTheCursorOfTheNext() {
        IntStream.range(0, 3).forEach(i -> t.place());

        JsonNode first = ok("orders", "list", "--limit", "2", "--format", "json").json();
        assertThat(first.get("items").findValuesAsText("id")).containsExactly("3", "2");
        String cursor = first.get("nextCursor").asText();

        JsonNode second = ok("orders", "list", "--limit", "2", "--cursor", cursor, "--format", "json").json();
        assertThat(second.get("items").findValuesAsText("id")).containsExactly("1");
        assertThat(second.get("nextCursor").isNull()).isTrue();

        CliRun table = ok("orders", "list", "--limit", "2");
        assertThat(table.out().lines()).hasSize(3);
        assertThat(table.err()).isEqualTo("more orders follow: repeat with --cursor " + cursor + " (or use --all)\n");
        CliRun csv = ok("orders", "list", "--limit", "2", "--format", "csv");
        assertThat(csv.csv()).hasSize(2);
        assertThat(csv.err()).contains("--cursor " + cursor);
    }

    @Test
    void allFollowsTheCursorsAcrossPages() {
        IntStream.range(0, 5).forEach(i -> t.place());
        AtomicInteger pages = new AtomicInteger();
        Ordercore counting = t.with(new CountingOrders(t.memory.orders, pages), t.memory.store);

        CliRun json = CliRun.run(() -> counting, "orders", "list", "--all", "--limit", "2", "--format", "json");

        assertThat(json.exitCode()).isZero();
        assertThat(pages).hasValue(3);
        assertThat(json.json().get("items").findValuesAsText("id")).containsExactly("5", "4", "3", "2", "1");
        assertThat(json.json().get("nextCursor").isNull()).isTrue();

        CliRun csv = CliRun.run(() -> counting, "orders", "list", "--all", "--limit", "2", "--format", "csv", "--sort", "created_asc");
        assertThat(csv.csv()).extracting(r -> r.get("id")).containsExactly("1", "2", "3", "4", "5");
        assertThat(csv.err()).isEmpty();

        CliRun table = CliRun.run(() -> counting, "orders", "list", "--all", "--limit", "2");
        assertThat(table.out().lines()).hasSize(6);
        assertThat(table.err()).isEmpty();
    }

    @Test
    void allWithoutLimitUsesTheLargestPage() {
        IntStream.range(0, 25).forEach(i -> t.place());

        JsonNode json = ok("orders", "list", "--all", "--format", "json").json();

        assertThat(json.get("items")).hasSize(25);
        assertThat(ok("orders", "list", "--format", "json").json().get("items")).hasSize(OrderListQuery.DEFAULT_LIMIT);
    }

    @Test
    void filtersReachTheCore() {
        t.place("Ivan Petrov", "ivan@example.com", "Maria");
        t.place("Anna Smirnova", "anna@example.com", "Oleg");
        t.place("Ivanka Orlova", "orlova@example.com", "Petr");
        ok("orders", "set-status", "3", "cancelled", "--reason", "test");

        assertThat(ids("--client-name", "IVAN")).containsExactly("3", "1");
        assertThat(ids("--client-email", "anna@")).containsExactly("2");
        assertThat(ids("--recipient-name", "ol")).containsExactly("2");
        assertThat(ids("--recipient-phone", "7916")).containsExactly("3", "2", "1");
        assertThat(ids("--status", "cancelled,paid")).containsExactly("3");
        assertThat(ids("--status", "UNPAID", "--status", "CANCELLED")).containsExactly("3", "2", "1");
        assertThat(ids("--id", "2")).containsExactly("2");
        assertThat(ids("--call-type", "1", "--sort", "created_asc")).containsExactly("1", "2", "3");
        assertThat(ids("--created-from", "2026-11-23T06:01:00Z", "--created-to", "2026-11-23T06:02:00Z")).containsExactly("2");
        assertThat(ids("--scheduled-from", "2026-11-26")).isEmpty();
        assertThat(ids("--scheduled-from", "2026-11-25", "--scheduled-to", "2026-11-26")).hasSize(3);
    }

    @Test
    void invalidFiltersAreAllListedBeforeTheCoreIsOpened() {
        CliRun run = CliRun.run(CliRun.untouchable(), "orders", "list", "--id", "x", "--call-type", "0",
                "--recipient-phone", "abc", "--created-from", "yesterday", "--created-to", "2026-13-01",
                "--scheduled-from", "soon", "--scheduled-to", "later", "--status", "paid,lost", "--sort", "random",
                "--limit", "1001", "--cursor", "garbage", "--format", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("""
                error: VALIDATION_FAILED: Invalid input
                  id: must be a positive whole number
                  callTypeId: must be a positive whole number
                  recipientPhone: must be the start of an international number, digits only
                  createdFrom: must be a date YYYY-MM-DD (Moscow) or an ISO-8601 instant like 2026-11-23T10:00:00Z
                  createdTo: must be a date YYYY-MM-DD (Moscow) or an ISO-8601 instant like 2026-11-23T10:00:00Z
                  scheduledFrom: must be a date YYYY-MM-DD (Moscow) or an ISO-8601 instant like 2026-11-23T10:00:00Z
                  scheduledTo: must be a date YYYY-MM-DD (Moscow) or an ISO-8601 instant like 2026-11-23T10:00:00Z
                  status: must be one of UNPAID, PAID, OPERATOR_PROPOSED, IN_PROGRESS, COMPLETED, FAILED, CANCELLED, ERROR
                  sort: must be one of CREATED_DESC, CREATED_ASC, SCHEDULED_ASC, SCHEDULED_DESC
                  limit: must be a whole number 1..1000
                  cursor: is not a cursor of this list and sort; start again without it
                """);
        assertThat(run.errorJson().get("errors").findValuesAsText("field")).containsExactly("id", "callTypeId",
                "recipientPhone", "createdFrom", "createdTo", "scheduledFrom", "scheduledTo", "status", "sort", "limit",
                "cursor");
    }

    private List<String> ids(String... filters) {
        String[] args = new String[filters.length + 4];
        args[0] = "orders";
        args[1] = "list";
        System.arraycopy(filters, 0, args, 2, filters.length);
        args[args.length - 2] = "--format";
        args[args.length - 1] = "json";
        return ok(args).json().get("items").findValuesAsText("id");
    }

    /** Counts the pages the CLI asks for. */
    private record CountingOrders(Orders delegate, AtomicInteger pages) implements Orders {
        @Override
        public Optional<Order> find(OrderId id) {
            return delegate.find(id);
        }

        @Override
        public Order save(Order order) {
            return delegate.save(order);
        }

        @Override
        public OrderPage list(OrderListQuery query) {
            pages.incrementAndGet();
            return delegate.list(query);
        }

        @Override
        public Map<OrderStatus, StatusTotals> totalsByStatus(AccountId owner) {
            return delegate.totalsByStatus(owner);
        }

        @Override
        public long paidOrdinal(AccountId owner, java.time.Instant firstPaidAt, OrderId order) {
            return delegate.paidOrdinal(owner, firstPaidAt, order);
        }

        @Override
        public Map<OrderId, OrderStatus> statuses(Collection<OrderId> ids) {
            return delegate.statuses(ids);
        }

        @Override
        public Set<OrderId> deleteIfStatusIn(Collection<OrderId> ids, Set<OrderStatus> deletable) {
            return delegate.deleteIfStatusIn(ids, deletable);
        }
    }
}
