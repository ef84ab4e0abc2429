package io.ordercore.application.service;

import static io.ordercore.application.testing.CallOrderForms.aForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.CouponListForm;
import io.ordercore.application.port.in.ManageCouponsUseCase.GeneratedGroup;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.application.testing.TestCatalog;
import io.ordercore.application.testing.TestCoupons;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.coupon.Coupon;
import io.ordercore.domain.shared.ValidationException;
import io.ordercore.domain.testing.MutableClock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The admin coupon list: filters by group, kind, use, code, client; paging; every bad filter reported at once. */
class CouponListTest {

    private final MutableClock clock = MutableClock.atDefaultNow();
    private final InMemoryCore memory = new InMemoryCore(clock);
    private final Ordercore core = memory.core;
    private final Caller.SignedIn admin = memory.admin();
    private final TestCoupons coupons = new TestCoupons(core.manageCoupons(), admin);
    private GeneratedGroup spring;
    private GeneratedGroup free;
    private Coupon superCoupon;
    private Caller.SignedIn client;
    private String usedBySpringClient;

    @BeforeEach
    void seed() {
        long callTypeId = new TestCatalog(core.manageCatalog(), admin).birthdayGreeting().id().value();
        spring = coupons.percentGroup(4, 4);
        free = coupons.fullGroup(2);
        superCoupon = coupons.superCoupon("SPRINGSUPER", 20, null, null);
        client = memory.signedIn(Role.CLIENT, "client@example.com");
        usedBySpringClient = spring.codes().get(1);
        core.placeCallOrder().place(client, aForm(callTypeId).with("couponCode", usedBySpringClient).build());
    }

    private List<String> list(String groupId, String kind, String used, String code, String email, String afterId, String limit) {
        return core.manageCoupons().list(admin, new CouponListForm(groupId, kind, used, code, email, afterId, limit))
                .stream().map(c -> c.code().value()).toList();
    }

    private List<String> all() {
        List<String> all = new ArrayList<>(spring.codes());
        all.addAll(free.codes());
        all.add("SPRINGSUPER");
        return all;
    }

    @Test
    void without_filters_every_coupon_is_listed_oldest_first() {
        assertThat(core.manageCoupons().list(admin, CouponListForm.empty())).extracting(c -> c.code().value())
                .containsExactlyElementsOf(all());
        assertThat(list(" ", "", null, "  ", null, "", " ")).containsExactlyElementsOf(all());
    }

    @Test
    void by_group() {
        assertThat(list(spring.group().id().toString(), null, null, null, null, null, null)).containsExactlyElementsOf(spring.codes());
        assertThat(list(" " + free.group().id() + " ", null, null, null, null, null, null)).containsExactlyElementsOf(free.codes());
        assertThat(list("999", null, null, null, null, null, null)).isEmpty();
    }

    @Test
    void by_kind_typed_in_any_case() {
        assertThat(list(null, "full", null, null, null, null, null)).containsExactlyElementsOf(free.codes());
        assertThat(list(null, "Super", null, null, null, null, null)).containsExactly("SPRINGSUPER");
        assertThat(list(null, "PERCENT", null, null, null, null, null)).containsExactlyElementsOf(spring.codes());
        assertThat(list(null, "repeat-order", null, null, null, null, null)).isEmpty();
    }

    @Test
    void by_use() {
        List<String> unused = new ArrayList<>(all());
        unused.remove(usedBySpringClient);

        assertThat(list(null, null, "true", null, null, null, null)).containsExactly(usedBySpringClient);
        assertThat(list(null, null, "yes", null, null, null, null)).containsExactly(usedBySpringClient);
        assertThat(list(null, null, "false", null, null, null, null)).containsExactlyElementsOf(unused);
        assertThat(list(spring.group().id().toString(), null, "0", null, null, null, null)).hasSize(3)
                .doesNotContain(usedBySpringClient);
    }

    @Test
    void by_the_start_of_the_code_typed_loosely() {
        String code = spring.codes().get(2);
        String typed = " " + code.substring(0, 3).toLowerCase() + "-" + code.substring(3, 6).toLowerCase() + " ";

        assertThat(list(null, null, null, typed, null, null, null)).contains(code).allMatch(c -> c.startsWith(code.substring(0, 6)));
        assertThat(list(null, null, null, code.toLowerCase(), null, null, null)).containsExactly(code);
        assertThat(list(null, null, null, "spring-super", null, null, null)).containsExactly("SPRINGSUPER");
        assertThat(list(null, null, null, "sprin", null, null, null)).containsExactly("SPRINGSUPER");
        assertThat(list(null, null, null, "--", null, null, null)).as("nothing left to filter by").hasSize(all().size());
    }

    @Test
    void by_client_those_they_used_and_those_they_hold() {
        core.manageCoupons().send(admin, free.codes().get(0), "client@example.com");

        assertThat(list(null, null, null, null, " Client@Example.COM ", null, null))
                .containsExactly(usedBySpringClient, free.codes().get(0));
        assertThat(list(null, null, null, null, "nobody@example.com", null, null)).as("an unknown e-mail finds none").isEmpty();
    }

    @Test
    void pages_follow_the_id_with_a_limit_of_100_by_default() {
        GeneratedGroup big = coupons.percentGroup(10, 150);
        String groupId = big.group().id().toString();

        List<Coupon> first = core.manageCoupons().list(admin, new CouponListForm(groupId, null, null, null, null, null, null));
        List<Coupon> second = core.manageCoupons().list(admin, new CouponListForm(groupId, null, null, null, null,
                first.get(first.size() - 1).id().toString(), null));

        assertThat(first).hasSize(100);
        assertThat(second).hasSize(50);
        List<String> both = new ArrayList<>(first.stream().map(c -> c.code().value()).toList());
        both.addAll(second.stream().map(c -> c.code().value()).toList());
        assertThat(both).containsExactlyElementsOf(big.codes());

        List<String> paged = new ArrayList<>();
        String after = null;
        for (int page = 0; page < 100; page++) {
            List<Coupon> items = core.manageCoupons().list(admin, new CouponListForm(groupId, null, null, null, null, after, "7"));
            if (items.isEmpty()) {
                break;
            }
            assertThat(items.size()).isLessThanOrEqualTo(7);
            items.forEach(c -> paged.add(c.code().value()));
            after = items.get(items.size() - 1).id().toString();
        }
        assertThat(paged).containsExactlyElementsOf(big.codes());
        assertThat(list(null, null, null, null, null, null, "1000")).hasSize(all().size() + 150);
    }

    @Test
    void every_invalid_filter_is_reported_together() {
        assertThatThrownBy(() -> list("x", "bogus", "maybe", "ab%", "not-an-email", "-1", "0"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field() + ":" + f.code()).containsExactly(
                                "groupId:NOT_A_NUMBER", "kind:INVALID_CHOICE", "used:INVALID_CHOICE",
                                "clientEmail:INVALID_EMAIL", "afterId:NOT_A_NUMBER", "limit:NOT_A_NUMBER",
                                "code:INVALID_COUPON_CODE"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1001", "abc", "-5", "0", "1.5"})
    void the_limit_is_1_to_1000(String limit) {
        assertThatThrownBy(() -> list(null, null, null, null, null, null, limit))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting("field").containsExactly("limit"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"AB%", "_", "A_B", "ab*", "a.b", "ÄB"})
    void a_code_filter_with_anything_but_letters_and_digits_is_refused_rather_than_read_as_a_wildcard(String typed) {
        assertThatThrownBy(() -> list(null, null, null, typed, null, null, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting("field", "code").containsExactly(org.assertj.core.groups.Tuple.tuple("code", "INVALID_COUPON_CODE")));
    }
}
