package io.ordercore.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercore.domain.shared.ValidationException;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class QuickOrderCategoriesTest {

    private static Category visible(long id) {
        return new Category(new CategoryId(id), "C" + id, false);
    }

    private static Category frozen(long id) {
        return new Category(new CategoryId(id), "C" + id, true);
    }

    private static List<CategoryId> ids(long... values) {
        return LongStream.of(values).mapToObj(CategoryId::new).toList();
    }

    private static List<Long> idsOf(List<Category> categories) {
        return categories.stream().map(c -> c.id().value()).toList();
    }

    /** Deliberately not in id order: the fallback must sort. */
    private static final List<Category> ALL = List.of(visible(7), visible(3), frozen(1), visible(5), visible(2), visible(9));

    @Test
    void the_chosen_categories_come_in_the_chosen_order() {
        assertThat(idsOf(QuickOrderCategories.pick(ids(9, 3, 7), ALL))).containsExactly(9L, 3L, 7L);
    }

    @Test
    void frozen_and_unknown_choices_are_skipped_without_filling_up() {
        assertThat(idsOf(QuickOrderCategories.pick(ids(1, 42, 5), ALL))).containsExactly(5L);
    }

    @Test
    void never_more_than_three() {
        assertThat(idsOf(QuickOrderCategories.pick(ids(9, 7, 5, 3), ALL))).containsExactly(9L, 7L, 5L);
        assertThat(idsOf(QuickOrderCategories.pick(ids(1, 9, 7, 5, 3), ALL))).containsExactly(9L, 7L, 5L);
    }

    @Test
    void with_no_choice_the_lowest_visible_ids() {
        assertThat(idsOf(QuickOrderCategories.pick(List.of(), ALL))).containsExactly(2L, 3L, 5L);
    }

    @Test
    void when_no_choice_is_visible_the_lowest_visible_ids() {
        assertThat(idsOf(QuickOrderCategories.pick(ids(1, 42), ALL))).containsExactly(2L, 3L, 5L);
    }

    @Test
    void fewer_than_three_visible_categories_give_fewer_slots() {
        assertThat(idsOf(QuickOrderCategories.pick(List.of(), List.of(frozen(1), visible(4))))).containsExactly(4L);
        assertThat(QuickOrderCategories.pick(List.of(), List.of(frozen(1)))).isEmpty();
        assertThat(QuickOrderCategories.pick(ids(1), List.of())).isEmpty();
    }

    @Test
    void a_valid_choice_is_up_to_three_distinct_ids() {
        assertThatCode(() -> QuickOrderCategories.requireValidChoice(List.of())).doesNotThrowAnyException();
        assertThatCode(() -> QuickOrderCategories.requireValidChoice(ids(1, 2, 3))).doesNotThrowAnyException();
    }

    @Test
    void more_than_three_are_refused() {
        assertThatThrownBy(() -> QuickOrderCategories.requireValidChoice(ids(1, 2, 3, 4)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting("field", "code").containsExactly(org.assertj.core.groups.Tuple.tuple("categoryIds", "TOO_MANY")));
    }

    @Test
    void the_same_category_twice_is_refused() {
        assertThatThrownBy(() -> QuickOrderCategories.requireValidChoice(ids(2, 2)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting("field", "code").containsExactly(org.assertj.core.groups.Tuple.tuple("categoryIds", "DUPLICATE")));
    }
}
