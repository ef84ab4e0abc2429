package io.ordercore.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.OperatorGender;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CatalogVisibilityTest {

    private static Category category(long id, boolean frozen) {
        return new Category(new CategoryId(id), "Category " + id, frozen);
    }

    private static CallType callType(long id, long categoryId, boolean frozen) {
        return new CallType(new CallTypeId(id), new CategoryId(categoryId), "Type " + id, Money.roubles(100),
                Optional.empty(), OperatorGender.ANY, List.of(), Optional.empty(), frozen);
    }

    private static CallExample example(long id, long callTypeId, boolean frozen) {
        return new CallExample(new CallExampleId(id), new CallTypeId(callTypeId), "Example " + id, Optional.of("text"),
                Optional.empty(), frozen);
    }

    @ParameterizedTest(name = "category frozen={0}, type frozen={1} -> orderable={2}")
    @CsvSource({
            "false, false, true",
            "true,  false, false",
            "false, true,  false",
            "true,  true,  false"
    })
    void a_call_type_is_orderable_only_when_neither_it_nor_its_category_is_frozen(
            boolean categoryFrozen, boolean typeFrozen, boolean orderable) {
        assertThat(CatalogVisibility.orderable(callType(5, 1, typeFrozen), category(1, categoryFrozen))).isEqualTo(orderable);
    }

    @ParameterizedTest(name = "category frozen={0}, type frozen={1}, example frozen={2} -> visible={3}")
    @CsvSource({
            "false, false, false, true",
            "false, false, true,  false",
            "false, true,  false, false",
            "true,  false, false, false",
            "true,  true,  true,  false"
    })
    void an_example_is_visible_only_when_nothing_above_it_is_frozen(
            boolean categoryFrozen, boolean typeFrozen, boolean exampleFrozen, boolean visible) {
        assertThat(CatalogVisibility.visible(example(9, 5, exampleFrozen), callType(5, 1, typeFrozen),
                category(1, categoryFrozen))).isEqualTo(visible);
    }

    @Test
    void unfreezing_a_parent_brings_back_exactly_what_was_visible() {
        CallType visibleType = callType(5, 1, false);
        CallType frozenType = callType(6, 1, true);
        Category frozen = category(1, true);

        assertThat(CatalogVisibility.orderable(visibleType, frozen)).isFalse();
        assertThat(CatalogVisibility.orderable(visibleType, frozen.withFrozen(false))).isTrue();
        assertThat(CatalogVisibility.orderable(frozenType, frozen.withFrozen(false))).isFalse();
    }

    @Test
    void a_call_type_checked_against_another_category_is_refused() {
        assertThatThrownBy(() -> CatalogVisibility.orderable(callType(5, 1, false), category(2, false)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_example_checked_against_another_call_type_or_category_is_refused() {
        assertThatThrownBy(() -> CatalogVisibility.visible(example(9, 6, false), callType(5, 1, false), category(1, false)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CatalogVisibility.visible(example(9, 5, false), callType(5, 1, false), category(2, false)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
