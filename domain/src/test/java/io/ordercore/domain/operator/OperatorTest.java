package io.ordercore.domain.operator;

import static io.ordercore.domain.operator.TestOperators.operator;
import static io.ordercore.domain.operator.TestOperators.talentIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.ordercore.domain.catalog.TalentId;
import io.ordercore.domain.shared.Gender;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.ValidationException;
import java.util.Currency;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OperatorTest {

    private static void assertRefused(Runnable action, String field, String code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting("field", "code").containsExactly(tuple(field, code)));
    }

    @Test
    void capacity_defaults_to_one() {
        assertThat(Operator.DEFAULT_CAPACITY).isEqualTo(1);
        assertThat(operator(1).build().capacity()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 100})
    void capacity_is_1_to_100(int capacity) {
        assertThat(operator(1).capacity(capacity).build().capacity()).isEqualTo(capacity);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 101, -1})
    void other_capacities_are_refused(int capacity) {
        assertRefused(() -> operator(1).capacity(capacity).build(), "capacity", "OUT_OF_RANGE");
        assertRefused(() -> operator(1).build().withCapacity(capacity), "capacity", "OUT_OF_RANGE");
    }

    @Test
    void tariff_is_non_negative_roubles() {
        assertThat(operator(1).tariff(Money.kopecks(0)).build().tariff()).isEqualTo(Money.kopecks(0));
        assertRefused(() -> operator(1).tariff(Money.kopecks(-1)).build(), "tariff", "INVALID_TARIFF");
        assertRefused(() -> operator(1).tariff(Money.ofMinor(100, Currency.getInstance("EUR"))).build(),
                "tariff", "INVALID_TARIFF");
    }

    @Test
    void name_is_required_trimmed_and_bounded() {
        assertThat(operator(1).name("  Oleg  ").build().name()).isEqualTo("Oleg");
        assertRefused(() -> operator(1).name(" ").build(), "text", "REQUIRED");
        assertRefused(() -> operator(1).name("x".repeat(256)).build(), "text", "TOO_LONG");
    }

    @Test
    void talents_are_an_immutable_copy() {
        Set<TalentId> source = new HashSet<>(talentIds(3, 7));
        Operator anna = operator(1).build().withTalents(source);
        source.add(new TalentId(9));

        assertThat(anna.talents()).containsExactlyInAnyOrderElementsOf(talentIds(3, 7));
        assertThatThrownBy(() -> anna.talents().add(new TalentId(9))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void withers_change_only_their_own_field() {
        Operator anna = operator(1).build();
        WorkingHours hours = WorkingHours.parse("09:00-18:00");

        assertThat(anna.withState(OperatorState.FROZEN)).isEqualTo(operator(1).state(OperatorState.FROZEN).build());
        assertThat(anna.withRating(-5)).isEqualTo(operator(1).rating(-5).build());
        assertThat(anna.withTariff(Money.roubles(50))).isEqualTo(operator(1).tariff(Money.roubles(50)).build());
        assertThat(anna.withCapacity(3)).isEqualTo(operator(1).capacity(3).build());
        assertThat(anna.withTalents(talentIds(2))).isEqualTo(operator(1).talents(2).build());
        assertThat(anna.withWorkingHours(Optional.of(hours))).isEqualTo(operator(1).hours("09:00-18:00").build());
        assertThat(anna.withGender(Gender.MALE)).isEqualTo(operator(1).gender(Gender.MALE).build());
    }
}
