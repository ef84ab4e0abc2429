package io.ordercore.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.catalog.CallTypeId;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.point.PointId;
import io.ordercore.domain.shared.FieldError;
import io.ordercore.domain.shared.ValidationException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OrderListQueryTest {

    /** A form with every filter empty, to change one at a time. */
    private static Form form() {
        return new Form();
    }

    private static final class Form {
        String id, clientEmail, clientName, callTypeId, recipientName, recipientPhone, createdFrom, createdTo,
                scheduledFrom, scheduledTo, sort, limit, cursor;
        List<String> statuses = List.of();

        OrderListForm build() {
            return new OrderListForm(id, clientEmail, clientName, callTypeId, recipientName, recipientPhone, createdFrom,
                    createdTo, scheduledFrom, scheduledTo, statuses, sort, limit, cursor);
        }

        OrderListQuery parse() {
            return OrderListQuery.parse(build());
        }
    }

    private static List<FieldError> errorsOf(Form f) {
        try {
            f.parse();
        } catch (ValidationException e) {
            return e.errors();
        }
        throw new AssertionError("expected the form to be refused");
    }

    @Test
    void an_empty_form_lists_everything_newest_first_twenty_at_a_time() {
        OrderListQuery q = OrderListQuery.parse(OrderListForm.empty());

        assertThat(q).isEqualTo(OrderListQuery.all());
        assertThat(q.id()).isEmpty();
        assertThat(q.clientEmailPrefix()).isEmpty();
        assertThat(q.statuses()).isEmpty();
        assertThat(q.sort()).isEqualTo(OrderSort.CREATED_DESC);
        assertThat(q.limit()).isEqualTo(20);
        assertThat(q.cursor()).isEmpty();
    }

    @Test
    void every_filter_is_parsed() {
        Form f = form();
        f.id = " 42 ";
        f.clientEmail = " Ivan@Example ";
        f.clientName = "IVAN";
        f.callTypeId = "7";
        f.recipientName = " Maria ";
        f.recipientPhone = "+7 (916) 12";
        f.createdFrom = "2026-11-01";
        f.createdTo = "2026-11-23T10:15:30Z";
        f.scheduledFrom = "2026-11-23T10:00:00+03:00";
        f.scheduledTo = "2026-12-01";
        f.statuses = List.of("paid");
        f.sort = "scheduled-asc";
        f.limit = "50";

        OrderListQuery q = f.parse();

        assertThat(q.id()).contains(new OrderId(42));
        assertThat(q.clientEmailPrefix()).contains("ivan@example");
        assertThat(q.clientNamePrefix()).contains("ivan");
        assertThat(q.callType()).contains(new CallTypeId(7));
        assertThat(q.recipientNamePrefix()).contains("maria");
        assertThat(q.recipientPhonePrefix()).contains("+791612");
        assertThat(q.createdFrom()).contains(Instant.parse("2026-10-31T21:00:00Z"));
        assertThat(q.createdTo()).contains(Instant.parse("2026-11-23T10:15:30Z"));
        assertThat(q.scheduledFrom()).contains(Instant.parse("2026-11-23T07:00:00Z"));
        assertThat(q.scheduledTo()).contains(Instant.parse("2026-11-30T21:00:00Z"));
        assertThat(q.statuses()).containsExactly(OrderStatus.PAID);
        assertThat(q.sort()).isEqualTo(OrderSort.SCHEDULED_ASC);
        assertThat(q.limit()).isEqualTo(50);
    }

    @Test
    void a_date_only_bound_is_moscow_midnight() {
        Form f = form();
        f.createdFrom = "2026-11-23";
        f.scheduledTo = "2026-01-01";

        OrderListQuery q = f.parse();

        assertThat(q.createdFrom()).contains(Instant.parse("2026-11-22T21:00:00Z"));
        assertThat(q.scheduledTo()).contains(Instant.parse("2025-12-31T21:00:00Z"));
    }

    @ParameterizedTest
    @CsvSource({"'+7 916', +7916", "7916, +7916", "'8 (916) 123-45', +891612345", "'+44.20', +4420"})
    void a_phone_filter_is_the_start_of_an_e164_number(String raw, String expected) {
        Form f = form();
        f.recipientPhone = raw;

        assertThat(f.parse().recipientPhonePrefix()).contains(expected);
    }

    @Test
    void blank_text_filters_are_no_filters() {
        Form f = form();
        f.clientEmail = "  ";
        f.clientName = "";
        f.recipientName = " ";
        f.recipientPhone = " ";
        f.id = " ";

        OrderListQuery q = f.parse();

        assertThat(q).isEqualTo(OrderListQuery.all());
    }

    @Test
    void statuses_are_comma_separated_repeated_and_case_insensitive() {
        Form f = form();
        f.statuses = List.of("paid,Unpaid", " error ", "operator-proposed,,", "PAID");

        assertThat(f.parse().statuses()).containsExactlyInAnyOrder(
                OrderStatus.PAID, OrderStatus.UNPAID, OrderStatus.ERROR, OrderStatus.OPERATOR_PROPOSED);
    }

    @Test
    void a_null_status_list_is_no_filter() {
        Form f = form();
        f.statuses = null;

        assertThat(f.parse().statuses()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"CREATED_DESC, CREATED_DESC", "created_asc, CREATED_ASC", "Scheduled-Desc, SCHEDULED_DESC", "scheduled_asc, SCHEDULED_ASC"})
    void every_sort_is_parsed(String raw, OrderSort expected) {
        Form f = form();
        f.sort = raw;

        assertThat(f.parse().sort()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "20, 20", "' 1000 ', 1000"})
    void limit_is_1_to_1000(String raw, int expected) {
        Form f = form();
        f.limit = raw;

        assertThat(f.parse().limit()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "1001", "20.5", "ten", "99999999999"})
    void other_limits_are_refused(String raw) {
        Form f = form();
        f.limit = raw;

        assertThat(errorsOf(f)).extracting("field", "code").containsExactly(tuple("limit", "OUT_OF_RANGE"));
    }

    @Test
    void the_constructor_also_guards_the_limit() {
        OrderListQuery all = OrderListQuery.all();

        assertThatThrownBy(() -> new OrderListQuery(all.id(), all.clientEmailPrefix(), all.clientNamePrefix(), all.callType(),
                all.recipientNamePrefix(), all.recipientPhonePrefix(), all.createdFrom(), all.createdTo(),
                all.scheduledFrom(), all.scheduledTo(), Set.of(), OrderSort.CREATED_DESC, 1001, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty()))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void a_cursor_of_the_same_sort_is_read_back() {
        OrderCursor cursor = new OrderCursor(OrderSort.SCHEDULED_DESC, Instant.parse("2026-11-25T07:00:00.123456Z"), 17);
        Form f = form();
        f.sort = "scheduled_desc";
        f.cursor = " " + cursor.encode() + " ";

        assertThat(f.parse().cursor()).contains(cursor);
    }

    @Test
    void a_cursor_of_another_sort_is_refused() {
        Form f = form();
        f.cursor = new OrderCursor(OrderSort.CREATED_ASC, Instant.parse("2026-11-25T07:00:00Z"), 17).encode();

        assertThat(errorsOf(f)).extracting("field", "code").containsExactly(tuple("cursor", "INVALID_CURSOR"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage!", "Q1JFQVRFRF9ERVNDfDF8Mg", "bm9wZQ"})
    void a_made_up_cursor_is_refused(String token) {
        Form f = form();
        f.cursor = token;

        assertThat(errorsOf(f)).extracting("field", "code").containsExactly(tuple("cursor", "INVALID_CURSOR"));
    }

    @Test
    void a_cursor_with_a_number_that_is_not_one_is_refused() {
        String token = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("CREATED_DESC|x|0|5".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> OrderCursor.decode(token, OrderSort.CREATED_DESC)).isInstanceOf(ValidationException.class);
    }

    @Test
    void after_keeps_every_filter_and_sets_the_cursor() {
        Form f = form();
        f.clientName = "iv";
        f.statuses = List.of("PAID");
        f.limit = "5";
        OrderListQuery first = f.parse();
        OrderCursor next = new OrderCursor(OrderSort.CREATED_DESC, Instant.parse("2026-11-23T06:00:00Z"), 3);

        OrderListQuery second = first.after(next);

        assertThat(second.cursor()).contains(next);
        assertThat(second.clientNamePrefix()).contains("iv");
        assertThat(second.statuses()).containsExactly(OrderStatus.PAID);
        assertThat(second.limit()).isEqualTo(5);
        assertThatThrownBy(() -> first.after(new OrderCursor(OrderSort.SCHEDULED_ASC, Instant.EPOCH, 1)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void every_invalid_filter_is_reported_together_under_its_own_name() {
        Form f = form();
        f.id = "abc";
        f.callTypeId = "0";
        f.recipientPhone = "+7 abc";
        f.createdFrom = "yesterday";
        f.createdTo = "2026-11-31";
        f.scheduledFrom = "2026-11-23 10:00";
        f.scheduledTo = "23.11.2026";
        f.statuses = List.of("paid,bogus");
        f.sort = "by-price";
        f.limit = "0";

        assertThat(errorsOf(f)).extracting(FieldError::field).containsExactlyInAnyOrder("id", "callTypeId",
                "recipientPhone", "createdFrom", "createdTo", "scheduledFrom", "scheduledTo", "status", "sort", "limit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-3", "1.5", "x", "99999999999999999999"})
    void ids_are_positive_whole_numbers(String raw) {
        Form f = form();
        f.id = raw;
        f.callTypeId = raw;

        assertThat(errorsOf(f)).extracting("field", "code")
                .containsExactly(tuple("id", "NOT_AN_ID"), tuple("callTypeId", "NOT_AN_ID"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+", "abc", "+7916x", "1234567890123456"})
    void phone_prefixes_are_digits_only_and_at_most_15(String raw) {
        Form f = form();
        f.recipientPhone = raw;

        assertThat(errorsOf(f)).extracting("field", "code").containsExactly(tuple("recipientPhone", "INVALID_PHONE_PREFIX"));
    }

    @Test
    void parsed_input_never_scopes_the_list_only_the_use_case_does() {
        OrderListQuery parsed = OrderListQuery.all();

        assertThat(parsed.owner()).isEmpty();
        assertThat(parsed.point()).isEmpty();
        assertThat(parsed.operator()).isEmpty();
    }

    @Test
    void a_scope_is_added_to_and_kept_by_later_pages() {
        AccountId owner = new AccountId(5);
        PointId point = new PointId(2);
        OrderListQuery scoped = OrderListQuery.all().scopedTo(Optional.of(owner), Optional.empty(), Optional.empty())
                .scopedTo(Optional.empty(), Optional.of(point), Optional.empty());

        assertThat(scoped.owner()).contains(owner);
        assertThat(scoped.point()).contains(point);
        assertThat(scoped.operator()).isEmpty();
        OrderListQuery next = scoped.after(new OrderCursor(OrderSort.CREATED_DESC, Instant.parse("2026-11-25T07:00:00Z"), 3));
        assertThat(next.owner()).contains(owner);
        assertThat(next.point()).contains(point);
        assertThat(scoped.scopedTo(Optional.of(new AccountId(6)), Optional.empty(), Optional.empty()).owner())
                .contains(new AccountId(6));
    }
}
