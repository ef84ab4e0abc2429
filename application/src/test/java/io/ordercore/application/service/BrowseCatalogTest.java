package io.ordercore.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercore.application.port.in.BrowseCatalogUseCase;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.CatalogElement;
import io.ordercore.application.port.in.CatalogSection;
import io.ordercore.application.port.in.ManageCatalogUseCase;
import io.ordercore.application.port.in.ManageCatalogUseCase.CallExampleForm;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.application.testing.TestCatalog;
import io.ordercore.domain.catalog.CallExample;
import io.ordercore.domain.catalog.CallType;
import io.ordercore.domain.catalog.CallTypeId;
import io.ordercore.domain.catalog.Category;
import io.ordercore.domain.testing.MutableClock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What clients see while an administrator freezes and unfreezes elements at each level.
 * Tree: Greetings{Birthday[b1, b2], Anniversary[a1]}, Apologies{Sorry[s1]}.
 */
class BrowseCatalogTest {

    private final InMemoryCore memory = new InMemoryCore(MutableClock.atDefaultNow());
    private final ManageCatalogUseCase manage = memory.core.manageCatalog();
    private final Caller admin = memory.admin();
    private final BrowseCatalogUseCase browse = memory.core.browseCatalog();
    private final TestCatalog catalog = new TestCatalog(manage);

    private Category greetings;
    private Category apologies;
    private CallType birthday;
    private CallType anniversary;
    private CallType sorry;
    private CallExample b1;

    @BeforeEach
    void seed() {
        greetings = catalog.category("Greetings");
        apologies = catalog.category("Apologies");
        birthday = catalog.callType(greetings, "Birthday", 500);
        anniversary = catalog.callType(greetings, "Anniversary", 700);
        sorry = catalog.callType(apologies, "Sorry", 300);
        b1 = example(birthday, "b1");
        example(birthday, "b2");
        example(anniversary, "a1");
        example(sorry, "s1");
    }

    private CallExample example(CallType type, String title) {
        return manage.createCallExample(admin, new CallExampleForm(type.id().value(), title, null, null));
    }

    /** The client view as "category: type[examples]" lines. */
    private static Map<String, List<String>> shape(List<CatalogSection> sections) {
        return sections.stream().collect(Collectors.toMap(s -> s.category().name(), s -> s.callTypes().stream()
                .map(e -> e.callType().name() + e.examples().stream().map(CallExample::title).toList())
                .toList(), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private Map<String, List<String>> clientView() {
        return shape(browse.visibleCatalog());
    }

    @Test
    void with_nothing_frozen_clients_see_everything_in_id_order() {
        assertThat(clientView()).containsExactly(
                Map.entry("Greetings", List.of("Birthday[b1, b2]", "Anniversary[a1]")),
                Map.entry("Apologies", List.of("Sorry[s1]")));
    }

    @Test
    void a_frozen_category_hides_everything_under_it_until_unfrozen() {
        manage.setFrozen(admin, CatalogElement.CATEGORY, greetings.id().value(), true);

        assertThat(clientView()).containsOnlyKeys("Apologies");
        assertThatThrownBy(() -> browse.orderableCallType(birthday.id())).isInstanceOf(NotFoundException.class);
        // The children keep their own flags: nothing below was changed.
        assertThat(memory.catalog.callType(birthday.id()).orElseThrow().frozen()).isFalse();

        manage.setFrozen(admin, CatalogElement.CATEGORY, greetings.id().value(), false);
        assertThat(clientView()).containsEntry("Greetings", List.of("Birthday[b1, b2]", "Anniversary[a1]"));
    }

    @Test
    void a_frozen_call_type_hides_itself_and_its_examples_only() {
        manage.setFrozen(admin, CatalogElement.CALL_TYPE, birthday.id().value(), true);

        assertThat(clientView()).containsExactly(
                Map.entry("Greetings", List.of("Anniversary[a1]")),
                Map.entry("Apologies", List.of("Sorry[s1]")));

        manage.setFrozen(admin, CatalogElement.CALL_TYPE, birthday.id().value(), false);
        assertThat(clientView()).containsEntry("Greetings", List.of("Birthday[b1, b2]", "Anniversary[a1]"));
    }

    @Test
    void a_frozen_example_is_hidden_alone() {
        manage.setFrozen(admin, CatalogElement.CALL_EXAMPLE, b1.id().value(), true);

        assertThat(clientView()).containsEntry("Greetings", List.of("Birthday[b2]", "Anniversary[a1]"));
        assertThat(browse.orderableCallType(birthday.id()).examples()).extracting(CallExample::title).containsExactly("b2");

        manage.setFrozen(admin, CatalogElement.CALL_EXAMPLE, b1.id().value(), false);
        assertThat(browse.orderableCallType(birthday.id()).examples()).extracting(CallExample::title).containsExactly("b1", "b2");
    }

    @Test
    void a_category_whose_types_are_all_frozen_is_still_listed_empty() {
        manage.setFrozen(admin, CatalogElement.CALL_TYPE, sorry.id().value(), true);

        assertThat(clientView()).containsEntry("Apologies", List.of());
    }

    @Test
    void the_administrator_sees_frozen_elements_too() {
        manage.setFrozen(admin, CatalogElement.CATEGORY, greetings.id().value(), true);
        manage.setFrozen(admin, CatalogElement.CALL_EXAMPLE, b1.id().value(), true);

        assertThat(shape(manage.fullCatalog(admin))).containsExactly(
                Map.entry("Greetings", List.of("Birthday[b1, b2]", "Anniversary[a1]")),
                Map.entry("Apologies", List.of("Sorry[s1]")));
        assertThat(manage.fullCatalog(admin).get(0).category().frozen()).isTrue();
    }

    @Test
    void an_orderable_call_type_comes_with_its_visible_examples() {
        CatalogSection.Entry entry = browse.orderableCallType(birthday.id());

        assertThat(entry.callType()).isEqualTo(birthday);
        assertThat(entry.examples()).extracting(CallExample::title).containsExactly("b1", "b2");
    }

    @Test
    void a_frozen_or_unknown_call_type_is_not_found() {
        manage.setFrozen(admin, CatalogElement.CALL_TYPE, sorry.id().value(), true);

        assertThatThrownBy(() -> browse.orderableCallType(sorry.id()))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("NOT_FOUND"));
        assertThatThrownBy(() -> browse.orderableCallType(new CallTypeId(999))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void freezing_an_unknown_element_is_not_found_at_every_level() {
        for (CatalogElement element : CatalogElement.values()) {
            assertThatThrownBy(() -> manage.setFrozen(admin, element, 999, true)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> manage.setFrozen(admin, element, 0, true)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> manage.setFrozen(admin, element, -1, false)).isInstanceOf(NotFoundException.class);
        }
        assertThat(clientView()).hasSize(2);
    }

    @Test
    void quick_order_falls_back_to_the_lowest_visible_ids() {
        Category third = catalog.category("Pranks");
        catalog.category("Fourth");

        assertThat(browse.quickOrderCategories()).containsExactly(greetings, apologies, third);

        manage.setFrozen(admin, CatalogElement.CATEGORY, greetings.id().value(), true);
        assertThat(browse.quickOrderCategories()).extracting(Category::name).containsExactly("Apologies", "Pranks", "Fourth");
    }

    @Test
    void quick_order_uses_the_priority_categories_in_their_order_skipping_frozen_ones() {
        Category pranks = catalog.category("Pranks");
        manage.setPriorityCategories(admin, List.of(pranks.id(), greetings.id()));

        assertThat(browse.quickOrderCategories()).extracting(Category::name).containsExactly("Pranks", "Greetings");

        manage.setFrozen(admin, CatalogElement.CATEGORY, pranks.id().value(), true);
        assertThat(browse.quickOrderCategories()).extracting(Category::name).containsExactly("Greetings");

        manage.setFrozen(admin, CatalogElement.CATEGORY, greetings.id().value(), true);
        assertThat(browse.quickOrderCategories()).extracting(Category::name).containsExactly("Apologies");
    }
}
