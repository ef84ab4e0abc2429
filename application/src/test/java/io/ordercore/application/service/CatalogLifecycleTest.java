package io.ordercore.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.CatalogElement;
import io.ordercore.application.port.in.ManageCatalogUseCase;
import io.ordercore.application.port.in.ManageCatalogUseCase.CallExampleForm;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.application.testing.TestCatalog;
import io.ordercore.domain.catalog.CallExample;
import io.ordercore.domain.catalog.CallType;
import io.ordercore.domain.catalog.Category;
import io.ordercore.domain.catalog.CategoryId;
import io.ordercore.domain.shared.ValidationException;
import io.ordercore.domain.testing.MutableClock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Deleting catalog elements (with what is under them) and choosing the priority categories. */
class CatalogLifecycleTest {

    private final InMemoryCore memory = new InMemoryCore(MutableClock.atDefaultNow());
    private final ManageCatalogUseCase manage = memory.core.manageCatalog();
    private final Caller admin = memory.admin();
    private final TestCatalog catalog = new TestCatalog(manage);

    private Category greetings;
    private Category apologies;
    private CallType birthday;
    private CallType sorry;
    private CallExample birthdayExample;
    private CallExample sorryExample;

    @BeforeEach
    void seed() {
        greetings = catalog.category("Greetings");
        apologies = catalog.category("Apologies");
        birthday = catalog.callType(greetings, "Birthday", 500);
        sorry = catalog.callType(apologies, "Sorry", 300);
        birthdayExample = manage.createCallExample(admin, new CallExampleForm(birthday.id().value(), "b1", null, null));
        sorryExample = manage.createCallExample(admin, new CallExampleForm(sorry.id().value(), "s1", null, null));
    }

    @Test
    void deleting_a_category_deletes_its_call_types_and_their_examples() {
        manage.delete(admin, CatalogElement.CATEGORY, greetings.id().value());

        assertThat(memory.catalog.categories()).containsExactly(apologies);
        assertThat(memory.catalog.callTypes(Optional.empty())).containsExactly(sorry);
        assertThat(memory.catalog.callExamples(Optional.empty())).containsExactly(sorryExample);
    }

    @Test
    void deleting_a_call_type_deletes_its_examples_only() {
        manage.delete(admin, CatalogElement.CALL_TYPE, birthday.id().value());

        assertThat(memory.catalog.categories()).containsExactly(greetings, apologies);
        assertThat(memory.catalog.callTypes(Optional.empty())).containsExactly(sorry);
        assertThat(memory.catalog.callExamples(Optional.empty())).containsExactly(sorryExample);
    }

    @Test
    void deleting_an_example_deletes_nothing_else() {
        manage.delete(admin, CatalogElement.CALL_EXAMPLE, birthdayExample.id().value());

        assertThat(memory.catalog.callTypes(Optional.empty())).containsExactly(birthday, sorry);
        assertThat(memory.catalog.callExamples(Optional.empty())).containsExactly(sorryExample);
    }

    @ParameterizedTest
    @EnumSource(CatalogElement.class)
    void deleting_what_does_not_exist_is_not_found(CatalogElement element) {
        assertThatThrownBy(() -> manage.delete(admin, element, 999))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("NOT_FOUND"));
        assertThatThrownBy(() -> manage.delete(admin, element, 0)).isInstanceOf(NotFoundException.class);
        assertThat(memory.catalog.callExamples(Optional.empty())).hasSize(2);
    }

    @Test
    void deleting_a_priority_category_removes_it_from_the_priority_list() {
        Category pranks = catalog.category("Pranks");
        manage.setPriorityCategories(admin, List.of(pranks.id(), greetings.id(), apologies.id()));

        manage.delete(admin, CatalogElement.CATEGORY, greetings.id().value());

        assertThat(memory.catalog.priorityCategories()).containsExactly(pranks.id(), apologies.id());
        assertThat(manage.priorityCategories(admin)).containsExactly(pranks, apologies);
    }

    @Test
    void deleting_another_category_leaves_the_priority_list_alone() {
        manage.setPriorityCategories(admin, List.of(apologies.id()));

        manage.delete(admin, CatalogElement.CATEGORY, greetings.id().value());

        assertThat(memory.catalog.priorityCategories()).containsExactly(apologies.id());
    }

    @Test
    void priority_categories_are_set_in_order_and_cleared_with_an_empty_list() {
        manage.setPriorityCategories(admin, List.of(apologies.id(), greetings.id()));
        assertThat(manage.priorityCategories(admin)).containsExactly(apologies, greetings);

        manage.setPriorityCategories(admin, List.of());
        assertThat(manage.priorityCategories(admin)).isEmpty();
    }

    @Test
    void frozen_priority_categories_are_still_listed_for_the_administrator() {
        manage.setPriorityCategories(admin, List.of(greetings.id()));
        manage.setFrozen(admin, CatalogElement.CATEGORY, greetings.id().value(), true);

        assertThat(manage.priorityCategories(admin)).extracting(Category::name).containsExactly("Greetings");
        assertThat(manage.priorityCategories(admin).get(0).frozen()).isTrue();
    }

    @Test
    void an_unknown_priority_category_is_a_field_error_and_the_old_choice_stays() {
        manage.setPriorityCategories(admin, List.of(greetings.id()));

        assertThatThrownBy(() -> manage.setPriorityCategories(admin, List.of(apologies.id(), new CategoryId(404))))
                .isInstanceOfSatisfying(io.ordercore.domain.shared.ValidationException.class, e -> {
                    assertThat(e.errors()).singleElement().satisfies(error -> {
                        assertThat(error.field()).isEqualTo("categoryIds");
                        assertThat(error.code()).isEqualTo("UNKNOWN_CATEGORY");
                        assertThat(error.message()).contains("404");
                    });
                });
        assertThat(memory.catalog.priorityCategories()).containsExactly(greetings.id());
    }

    @Test
    void more_than_three_or_duplicate_priority_categories_are_refused() {
        Category c3 = catalog.category("Three");
        Category c4 = catalog.category("Four");

        assertThatThrownBy(() -> manage.setPriorityCategories(admin, List.of(greetings.id(), apologies.id(), c3.id(), c4.id())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting("code").containsExactly("TOO_MANY"));
        assertThatThrownBy(() -> manage.setPriorityCategories(admin, List.of(greetings.id(), greetings.id())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting("code").containsExactly("DUPLICATE"));
        assertThat(memory.catalog.priorityCategories()).isEmpty();

        manage.setPriorityCategories(admin, List.of(c4.id(), c3.id(), greetings.id()));
        assertThat(manage.priorityCategories(admin)).containsExactly(c4, c3, greetings);
    }
}
