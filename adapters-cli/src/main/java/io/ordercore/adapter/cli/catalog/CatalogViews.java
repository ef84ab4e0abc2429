package io.ordercore.adapter.cli.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.ordercore.adapter.cli.output.MoneyView;
import io.ordercore.application.port.in.CatalogSection;
import io.ordercore.domain.catalog.CallExample;
import io.ordercore.domain.catalog.CallType;
import io.ordercore.domain.catalog.Category;
import io.ordercore.domain.catalog.Talent;
import io.ordercore.domain.catalog.TalentId;
import java.util.List;

/** The JSON shapes of catalog output; their component names are the field names scripts rely on. */
final class CatalogViews {

    private CatalogViews() {
    }

    /** A category; {@code callTypes} only in the tree. */
    record CategoryView(long id, String name, boolean frozen,
                        @JsonInclude(JsonInclude.Include.NON_NULL) List<CallTypeView> callTypes) {
    }

    /** A call type; {@code examples} only in the tree. */
    record CallTypeView(long id, long categoryId, String name, MoneyView price, String description,
                        String requiredGender, List<Long> talentIds, String imageUrl, boolean frozen,
                        @JsonInclude(JsonInclude.Include.NON_NULL) List<ExampleView> examples) {
    }

    record ExampleView(long id, long callTypeId, String title, String text, String recordingUrl, boolean frozen) {
    }

    record TalentView(long id, String name, boolean critical) {
    }

    /** The whole catalog, frozen elements included, with the talents call types refer to. */
    record TreeView(List<CategoryView> categories, List<TalentView> talents) {
    }

    /** Any list: {@code {"items":[...]}}, the same wrapper as the order list. */
    record ItemsView<T>(List<T> items) {
    }

    /** The result of freeze, unfreeze and delete: {@code frozen} or {@code deleted}, the other absent. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ChangeView(String element, long id, Boolean frozen, Boolean deleted) {
    }

    /** The priority categories as set, and what the quick-order widget shows because of them. */
    record PriorityView(List<CategoryView> priority, List<CategoryView> quickOrder) {
    }

    static CategoryView category(Category c) {
        return new CategoryView(c.id().value(), c.name(), c.frozen(), null);
    }

    static CategoryView section(CatalogSection s) {
        Category c = s.category();
        return new CategoryView(c.id().value(), c.name(), c.frozen(), s.callTypes().stream()
                .map(e -> callType(e.callType(), e.examples().stream().map(CatalogViews::example).toList()))
                .toList());
    }

    static CallTypeView callType(CallType t) {
        return callType(t, null);
    }

    private static CallTypeView callType(CallType t, List<ExampleView> examples) {
        return new CallTypeView(t.id().value(), t.categoryId().value(), t.name(), MoneyView.of(t.price()),
                t.description().orElse(null), t.requiredGender().name(),
                t.talents().stream().map(TalentId::value).toList(), t.imageUrl().orElse(null), t.frozen(), examples);
    }

    static ExampleView example(CallExample e) {
        return new ExampleView(e.id().value(), e.callTypeId().value(), e.title(), e.text().orElse(null),
                e.recordingUrl().orElse(null), e.frozen());
    }

    static TalentView talent(Talent t) {
        return new TalentView(t.id().value(), t.name(), t.critical());
    }
}
