package io.ordercore.adapter.persistence.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercore.application.port.in.OrderListForm;
import io.ordercore.application.port.in.OrderListQuery;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The redundant conditions OrderListSql adds for the indexes; the contracts check the rows on every store. */
class OrderListSqlTest {

    @Test
    void prefixEndIsTheLeastStringAfterEveryStringWithThePrefix() {
        assertThat(OrderListSql.prefixEnd("ivan")).contains("ivao");
        assertThat(OrderListSql.prefixEnd("+7916")).contains("+7917");
        assertThat(OrderListSql.prefixEnd("mark_")).contains("mark`");
        assertThat(OrderListSql.prefixEnd("иван")).contains("ивао");
        assertThat(OrderListSql.prefixEnd("a\uD7FF")).contains("a\uE000"); // never into the surrogate range
        assertThat(OrderListSql.prefixEnd("a\uD83D\uDE00")).contains("a\uD83D\uDE01"); // by code point, not char
        assertThat(OrderListSql.prefixEnd("a" + Character.toString(Character.MAX_CODE_POINT))).contains("b");
        assertThat(OrderListSql.prefixEnd(Character.toString(Character.MAX_CODE_POINT))).isEmpty();
    }

    @Test
    void prefixesAreRangesWhenTheStoreOrdersByCodePointElseLike() {
        OrderListQuery q = query(new OrderListForm(null, "Ivan.P", null, null, null, null, null, null, null, null,
                List.of(), null, null, null));

        OrderListSql plain = OrderListSql.of(q, false);
        assertThat(plain.sql).isEqualTo("SELECT * FROM orders WHERE client_email LIKE ? ESCAPE '\\'"
                + " ORDER BY created_at DESC, id DESC LIMIT ?");
        assertThat(plain.parameters).containsExactly("ivan.p%", 21);

        OrderListSql ranged = OrderListSql.of(q, true);
        assertThat(ranged.sql).isEqualTo("SELECT * FROM orders WHERE client_email >= ? AND client_email < ?"
                + " ORDER BY created_at DESC, id DESC LIMIT ?");
        assertThat(ranged.parameters).containsExactly("ivan.p", "ivan.q", 21);
    }

    @Test
    void aWindowBoundAlsoBoundsCreationAndACreationBoundTheWindow() {
        OrderListSql byCreation = OrderListSql.of(query(new OrderListForm(null, null, null, null, null, null, null, null,
                null, "2026-05-08T21:00:00Z", List.of(), null, null, null)), true);
        assertThat(byCreation.sql).isEqualTo("SELECT * FROM orders WHERE window_start < ? AND created_at < ?"
                + " ORDER BY created_at DESC, id DESC LIMIT ?");
        assertThat(byCreation.parameters).containsExactly(utc("2026-05-08T21:00:00Z"), utc("2026-05-10T21:00:00Z"), 21);

        OrderListSql bySchedule = OrderListSql.of(query(new OrderListForm(null, null, null, null, null, null,
                "2026-05-08T21:00:00Z", null, null, null, List.of(), "SCHEDULED_ASC", null, null)), true);
        assertThat(bySchedule.sql).isEqualTo("SELECT * FROM orders WHERE created_at >= ? AND window_start > ?"
                + " ORDER BY window_start ASC, id ASC LIMIT ?");
        assertThat(bySchedule.parameters).containsExactly(utc("2026-05-08T21:00:00Z"), utc("2026-05-06T21:00:00Z"), 21);

        // The bound that would not help the sort is left out.
        assertThat(OrderListSql.of(query(new OrderListForm(null, null, null, null, null, null, "2026-05-08T21:00:00Z",
                null, null, null, List.of(), null, null, null)), true).sql)
                .isEqualTo("SELECT * FROM orders WHERE created_at >= ? ORDER BY created_at DESC, id DESC LIMIT ?");
    }

    private static OrderListQuery query(OrderListForm form) {
        return OrderListQuery.parse(form);
    }

    private static OffsetDateTime utc(String instant) {
        return OffsetDateTime.parse(instant).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
