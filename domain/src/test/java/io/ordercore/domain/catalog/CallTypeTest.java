package io.ordercore.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.OperatorGender;
import io.ordercore.domain.shared.ValidationException;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CallTypeTest {

    private static CallType callType(String name, Money price, List<TalentId> talents) {
        return new CallType(new CallTypeId(1), new CategoryId(1), name, price, Optional.empty(), OperatorGender.ANY,
                talents, Optional.empty(), false);
    }

    private static void assertInvalid(Runnable action, String field, String code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.errors()).extracting("field", "code")
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(field, code)));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 499, 10_000_000})
    void an_administrator_enters_whole_roubles_from_1_to_the_maximum(long roubles) {
        assertThat(CallType.priceInRoubles(roubles)).isEqualTo(Money.kopecks(roubles * 100));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, 10_000_001, Long.MAX_VALUE, Long.MIN_VALUE})
    void other_entered_prices_are_refused(long roubles) {
        assertInvalid(() -> CallType.priceInRoubles(roubles), "price", "INVALID_PRICE");
    }

    @Test
    void the_price_is_positive_whole_roubles() {
        assertThat(callType("Greeting", Money.roubles(500), List.of()).price()).isEqualTo(Money.kopecks(50_000));
        assertInvalid(() -> callType("Greeting", Money.kopecks(0), List.of()), "price", "INVALID_PRICE");
        assertInvalid(() -> callType("Greeting", Money.kopecks(-100), List.of()), "price", "INVALID_PRICE");
        assertInvalid(() -> callType("Greeting", Money.kopecks(50_050), List.of()), "price", "INVALID_PRICE");
        assertInvalid(() -> callType("Greeting", Money.ofMinor(50_000, Currency.getInstance("USD")), List.of()),
                "price", "INVALID_PRICE");
        assertThat(callType("Greeting", Money.roubles(CallType.MAX_PRICE_ROUBLES), List.of()).price().minor())
                .isEqualTo(CallType.MAX_PRICE_ROUBLES * 100);
        assertInvalid(() -> callType("Greeting", Money.roubles(CallType.MAX_PRICE_ROUBLES + 1), List.of()),
                "price", "INVALID_PRICE");
    }

    @Test
    void the_name_is_required_and_at_most_255_characters() {
        assertThat(callType("x".repeat(255), Money.roubles(1), List.of()).name()).hasSize(255);
        assertThat(callType("  Apology  ", Money.roubles(1), List.of()).name()).isEqualTo("Apology");
        assertThatThrownBy(() -> callType("x".repeat(256), Money.roubles(1), List.of()))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> callType(" ", Money.roubles(1), List.of())).isInstanceOf(ValidationException.class);
    }

    @Test
    void talents_are_deduplicated_keeping_their_first_order() {
        TalentId one = new TalentId(1);
        TalentId two = new TalentId(2);
        TalentId three = new TalentId(3);

        CallType type = callType("Greeting", Money.roubles(1), List.of(three, one, three, two, one));

        assertThat(type.talents()).containsExactly(three, one, two);
        assertThatThrownBy(() -> type.talents().add(one)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void freezing_changes_only_the_flag() {
        CallType type = callType("Greeting", Money.roubles(700), List.of(new TalentId(4)));

        CallType frozen = type.withFrozen(true);

        assertThat(frozen.frozen()).isTrue();
        assertThat(frozen.withFrozen(false)).isEqualTo(type);
    }

    @Test
    void catalog_ids_are_positive() {
        assertThatThrownBy(() -> new CategoryId(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CallTypeId(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CallExampleId(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TalentId(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new CallTypeId(12)).hasToString("12");
    }

    @Test
    void category_talent_and_example_names_are_checked_text() {
        assertThat(new Category(new CategoryId(1), "  Popular ", false).name()).isEqualTo("Popular");
        assertThatThrownBy(() -> new Category(new CategoryId(1), "x".repeat(256), false))
                .isInstanceOf(ValidationException.class);
        assertThat(new Category(new CategoryId(1), "A", true).withName("B"))
                .isEqualTo(new Category(new CategoryId(1), "B", true));
        assertThat(new Talent(new TalentId(1), "x".repeat(100), true).name()).hasSize(100);
        assertThatThrownBy(() -> new Talent(new TalentId(1), "x".repeat(101), true))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new CallExample(new CallExampleId(1), new CallTypeId(1), "", Optional.empty(),
                Optional.empty(), false)).isInstanceOf(ValidationException.class);
    }
}
