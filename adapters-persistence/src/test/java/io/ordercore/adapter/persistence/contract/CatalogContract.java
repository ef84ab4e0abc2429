package io.ordercore.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercore.application.port.out.Catalog;
import io.ordercore.application.port.out.Ids;
import io.ordercore.application.port.out.Transactions;
import io.ordercore.domain.catalog.CallExample;
import io.ordercore.domain.catalog.CallType;
import io.ordercore.domain.catalog.Category;
import io.ordercore.domain.catalog.CategoryId;
import io.ordercore.domain.catalog.Talent;
import io.ordercore.domain.catalog.TalentId;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.OperatorGender;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link Catalog} implementation must do; each test works on its own new ids. */
public abstract class CatalogContract {

    protected abstract Catalog catalog();

    protected abstract Ids ids();

    protected abstract Transactions transactions();

    private Category category(String name) {
        Category c = new Category(ids().nextCategoryId(), name, false);
        transactions().inTransaction(() -> catalog().saveCategory(c));
        return c;
    }

    private Talent talent(String name, boolean critical) {
        Talent t = new Talent(ids().nextTalentId(), name, critical);
        transactions().inTransaction(() -> catalog().saveTalent(t));
        return t;
    }

    private CallType callType(Category category, List<TalentId> talents) {
        CallType t = new CallType(ids().nextCallTypeId(), category.id(), "Apology", Money.roubles(700),
                Optional.of("Say sorry"), OperatorGender.FEMALE, talents, Optional.of("https://img.example/a.png"), false);
        transactions().inTransaction(() -> catalog().saveCallType(t));
        return t;
    }

    private CallExample example(CallType type) {
        CallExample e = new CallExample(ids().nextCallExampleId(), type.id(), "A good one", Optional.of("Hello..."),
                Optional.empty(), false);
        transactions().inTransaction(() -> catalog().saveCallExample(e));
        return e;
    }

    @Test
    void elementsReadBackEqualAndUpdatesReplaceThem() {
        Category category = category("Popular");
        Talent deep = talent("Deep voice " + category.id(), true);
        Talent english = talent("English " + category.id(), false);
        CallType type = callType(category, List.of(english.id(), deep.id()));
        CallExample example = example(type);

        assertThat(catalog().category(category.id())).contains(category);
        assertThat(catalog().callType(type.id())).contains(type);
        assertThat(catalog().callType(type.id()).orElseThrow().talents()).containsExactly(english.id(), deep.id());
        assertThat(catalog().callExample(example.id())).contains(example);
        assertThat(catalog().talent(deep.id())).contains(deep);

        CallType changed = new CallType(type.id(), type.categoryId(), "Apology, deluxe", Money.roubles(900), Optional.empty(),
                OperatorGender.ANY, List.of(deep.id()), Optional.empty(), true);
        transactions().inTransaction(() -> {
            catalog().saveCallType(changed);
            catalog().saveCategory(category.withFrozen(true).withName("Hidden"));
        });
        assertThat(catalog().callType(type.id())).contains(changed);
        assertThat(catalog().category(category.id()).orElseThrow().frozen()).isTrue();
        assertThat(catalog().category(category.id()).orElseThrow().name()).isEqualTo("Hidden");
    }

    @Test
    void listsAreFilteredByParentAndOrderedById() {
        Category a = category("A");
        Category b = category("B");
        CallType a1 = callType(a, List.of());
        CallType b1 = callType(b, List.of());
        CallType a2 = callType(a, List.of());
        CallExample e1 = example(a1);
        CallExample e2 = example(a2);

        assertThat(catalog().callTypes(Optional.of(a.id()))).extracting(CallType::id).containsExactly(a1.id(), a2.id());
        assertThat(catalog().callTypes(Optional.empty())).extracting(CallType::id).contains(a1.id(), b1.id(), a2.id());
        assertThat(catalog().callExamples(Optional.of(a2.id()))).containsExactly(e2);
        assertThat(catalog().callExamples(Optional.empty())).contains(e1, e2);
        List<CategoryId> order = catalog().categories().stream().map(Category::id).toList();
        assertThat(order).containsSubsequence(a.id(), b.id());
    }

    @Test
    void deletingAParentDeletesItsChildren() {
        Category category = category("Gone");
        CallType type = callType(category, List.of());
        CallExample example = example(type);
        Category other = category("Stays");
        CallType kept = callType(other, List.of());

        assertThat(transactions().inTransaction(() -> catalog().deleteCategory(category.id()))).isTrue();

        assertThat(catalog().category(category.id())).isEmpty();
        assertThat(catalog().callType(type.id())).isEmpty();
        assertThat(catalog().callExample(example.id())).isEmpty();
        assertThat(catalog().callType(kept.id())).isPresent();
        assertThat(transactions().inTransaction(() -> catalog().deleteCategory(category.id()))).isFalse();
    }

    @Test
    void deletingACallTypeDeletesItsExamplesOnly() {
        Category category = category("C");
        CallType type = callType(category, List.of());
        CallExample example = example(type);

        assertThat(transactions().inTransaction(() -> catalog().deleteCallType(type.id()))).isTrue();
        assertThat(catalog().callExample(example.id())).isEmpty();
        assertThat(catalog().category(category.id())).isPresent();
        assertThat(transactions().inTransaction(() -> catalog().deleteCallExample(example.id()))).isFalse();
    }

    @Test
    void talentsAreFoundByNameIgnoringCaseAndLeaveCallTypesWhenDeleted() {
        Category category = category("T");
        Talent singing = talent("Singing " + category.id(), false);
        Talent accent = talent("Accent " + category.id(), true);
        CallType type = callType(category, List.of(singing.id(), accent.id()));

        assertThat(catalog().talentNamed("SINGING " + category.id())).contains(singing);
        assertThat(transactions().inTransaction(() -> catalog().deleteTalent(singing.id()))).isTrue();

        assertThat(catalog().talent(singing.id())).isEmpty();
        assertThat(catalog().callType(type.id()).orElseThrow().talents()).containsExactly(accent.id());
    }

    @Test
    void priorityCategoriesKeepTheirOrderAndLeaveWithTheirCategory() {
        Category a = category("P1");
        Category b = category("P2");
        Category c = category("P3");
        transactions().inTransaction(() -> catalog().setPriorityCategories(List.of(c.id(), a.id(), b.id())));
        assertThat(catalog().priorityCategories()).containsExactly(c.id(), a.id(), b.id());

        transactions().inTransaction(() -> catalog().deleteCategory(a.id()));
        assertThat(catalog().priorityCategories()).doesNotContain(a.id()).contains(c.id(), b.id());

        transactions().inTransaction(() -> catalog().setPriorityCategories(List.of()));
        assertThat(catalog().priorityCategories()).isEmpty();
    }
}
