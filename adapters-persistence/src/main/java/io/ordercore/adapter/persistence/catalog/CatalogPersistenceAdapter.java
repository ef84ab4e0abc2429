package io.ordercore.adapter.persistence.catalog;

import io.ordercore.adapter.persistence.support.SearchKeys;
import io.ordercore.application.port.out.Catalog;
import io.ordercore.domain.catalog.CallExample;
import io.ordercore.domain.catalog.CallExampleId;
import io.ordercore.domain.catalog.CallType;
import io.ordercore.domain.catalog.CallTypeId;
import io.ordercore.domain.catalog.Category;
import io.ordercore.domain.catalog.CategoryId;
import io.ordercore.domain.catalog.Talent;
import io.ordercore.domain.catalog.TalentId;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@link Catalog} over PostgreSQL (or H2); children go with their parent through ON DELETE CASCADE. */
@Singleton
public final class CatalogPersistenceAdapter implements Catalog {

    private final CatalogRepositories.Categories categories;
    private final CatalogRepositories.QuickOrder quickOrder;
    private final CatalogRepositories.Talents talents;
    private final CatalogRepositories.CallTypes callTypes;
    private final CatalogRepositories.CallTypeTalents callTypeTalents;
    private final CatalogRepositories.CallExamples examples;
    private final CatalogRowMapper mapper;

    CatalogPersistenceAdapter(CatalogRepositories.Categories categories, CatalogRepositories.QuickOrder quickOrder,
                              CatalogRepositories.Talents talents, CatalogRepositories.CallTypes callTypes,
                              CatalogRepositories.CallTypeTalents callTypeTalents,
                              CatalogRepositories.CallExamples examples, CatalogRowMapper mapper) {
        this.categories = categories;
        this.quickOrder = quickOrder;
        this.talents = talents;
        this.callTypes = callTypes;
        this.callTypeTalents = callTypeTalents;
        this.examples = examples;
        this.mapper = mapper;
    }

    @Override
    public List<Category> categories() {
        return categories.listOrderById().stream().map(mapper::toCategory).toList();
    }

    @Override
    public Optional<Category> category(CategoryId id) {
        return categories.findById(id.value()).map(mapper::toCategory);
    }

    @Override
    public void saveCategory(Category category) {
        CategoryRow row = mapper.toRow(category);
        if (categories.existsById(row.id())) {
            categories.update(row);
        } else {
            categories.save(row);
        }
    }

    @Override
    public boolean deleteCategory(CategoryId id) {
        return categories.deleteById(id.value()) > 0;
    }

    @Override
    public List<CallType> callTypes(Optional<CategoryId> category) {
        List<CallTypeRow> found = category.map(c -> callTypes.findByCategoryIdOrderById(c.value()))
                .orElseGet(callTypes::listOrderById);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, List<TalentId>> talentsByType = (category.isPresent()
                ? callTypeTalents.findByIdCallTypeIdInOrderByOrdinal(found.stream().map(CallTypeRow::id).toList())
                : callTypeTalents.listOrderByIdCallTypeIdAndOrdinal())
                .stream()
                .collect(Collectors.groupingBy(t -> t.id().callTypeId(),
                        Collectors.mapping(t -> new TalentId(t.id().talentId()), Collectors.toList())));
        return found.stream().map(row -> mapper.toCallType(row, talentsByType.getOrDefault(row.id(), List.of()))).toList();
    }

    @Override
    public Optional<CallType> callType(CallTypeId id) {
        return callTypes.findById(id.value()).map(row -> mapper.toCallType(row,
                callTypeTalents.findByIdCallTypeIdInOrderByOrdinal(List.of(row.id())).stream()
                        .map(t -> new TalentId(t.id().talentId())).toList()));
    }

    @Override
    public void saveCallType(CallType callType) {
        CallTypeRow row = mapper.toRow(callType);
        if (callTypes.existsById(row.id())) {
            callTypes.update(row);
            callTypeTalents.deleteByCallType(row.id());
        } else {
            callTypes.save(row);
        }
        List<CallTypeTalentRow> links = new ArrayList<>();
        for (int i = 0; i < callType.talents().size(); i++) {
            links.add(new CallTypeTalentRow(new CallTypeTalentKey(row.id(), callType.talents().get(i).value()), i));
        }
        if (!links.isEmpty()) {
            callTypeTalents.saveAll(links);
        }
    }

    @Override
    public boolean deleteCallType(CallTypeId id) {
        return callTypes.deleteById(id.value()) > 0;
    }

    @Override
    public List<CallExample> callExamples(Optional<CallTypeId> callType) {
        return callType.map(t -> examples.findByCallTypeIdOrderById(t.value()))
                .orElseGet(examples::listOrderById)
                .stream().map(mapper::toCallExample).toList();
    }

    @Override
    public Optional<CallExample> callExample(CallExampleId id) {
        return examples.findById(id.value()).map(mapper::toCallExample);
    }

    @Override
    public void saveCallExample(CallExample example) {
        CallExampleRow row = mapper.toRow(example);
        if (examples.existsById(row.id())) {
            examples.update(row);
        } else {
            examples.save(row);
        }
    }

    @Override
    public boolean deleteCallExample(CallExampleId id) {
        return examples.deleteById(id.value()) > 0;
    }

    @Override
    public List<Talent> talents() {
        return talents.listOrderById().stream().map(mapper::toTalent).toList();
    }

    @Override
    public Optional<Talent> talent(TalentId id) {
        return talents.findById(id.value()).map(mapper::toTalent);
    }

    @Override
    public Optional<Talent> talentNamed(String name) {
        return talents.findByNameKey(SearchKeys.of(name)).map(mapper::toTalent);
    }

    @Override
    public void saveTalent(Talent talent) {
        TalentRow row = mapper.toRow(talent);
        if (talents.existsById(row.id())) {
            talents.update(row);
        } else {
            talents.save(row);
        }
    }

    @Override
    public boolean deleteTalent(TalentId id) {
        return talents.deleteById(id.value()) > 0;
    }

    @Override
    public List<CategoryId> priorityCategories() {
        return quickOrder.listOrderBySlot().stream().map(r -> new CategoryId(r.categoryId())).toList();
    }

    @Override
    public void setPriorityCategories(List<CategoryId> ids) {
        quickOrder.clear();
        List<QuickOrderCategoryRow> chosen = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            chosen.add(new QuickOrderCategoryRow(i + 1, ids.get(i).value()));
        }
        if (!chosen.isEmpty()) {
            quickOrder.saveAll(chosen);
        }
    }
}
