package io.ordercore.application.testing;

import io.ordercore.application.port.out.Catalog;
import io.ordercore.domain.catalog.CallExample;
import io.ordercore.domain.catalog.CallExampleId;
import io.ordercore.domain.catalog.CallType;
import io.ordercore.domain.catalog.CallTypeId;
import io.ordercore.domain.catalog.Category;
import io.ordercore.domain.catalog.CategoryId;
import io.ordercore.domain.catalog.Talent;
import io.ordercore.domain.catalog.TalentId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link Catalog} over {@link InMemoryStore}. */
public final class InMemoryCatalog implements Catalog {

    private final InMemoryStore store;

    public InMemoryCatalog(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public List<Category> categories() {
        return store.locked(s -> List.copyOf(s.categories.values()));
    }

    @Override
    public Optional<Category> category(CategoryId id) {
        return store.locked(s -> Optional.ofNullable(s.categories.get(id)));
    }

    @Override
    public void saveCategory(Category category) {
        store.locked(s -> s.categories.put(category.id(), category));
    }

    @Override
    public boolean deleteCategory(CategoryId id) {
        return store.locked(s -> {
            if (s.categories.remove(id) == null) {
                return false;
            }
            s.priority.remove(id);
            List<CallTypeId> types = s.callTypes.values().stream().filter(t -> t.categoryId().equals(id)).map(CallType::id).toList();
            types.forEach(t -> removeCallType(s, t));
            return true;
        });
    }

    @Override
    public List<CallType> callTypes(Optional<CategoryId> category) {
        return store.locked(s -> s.callTypes.values().stream()
                .filter(t -> category.map(c -> c.equals(t.categoryId())).orElse(true)).toList());
    }

    @Override
    public Optional<CallType> callType(CallTypeId id) {
        return store.locked(s -> Optional.ofNullable(s.callTypes.get(id)));
    }

    @Override
    public void saveCallType(CallType callType) {
        store.locked(s -> s.callTypes.put(callType.id(), callType));
    }

    @Override
    public boolean deleteCallType(CallTypeId id) {
        return store.locked(s -> removeCallType(s, id));
    }

    @Override
    public List<CallExample> callExamples(Optional<CallTypeId> callType) {
        return store.locked(s -> s.examples.values().stream()
                .filter(e -> callType.map(c -> c.equals(e.callTypeId())).orElse(true)).toList());
    }

    @Override
    public Optional<CallExample> callExample(CallExampleId id) {
        return store.locked(s -> Optional.ofNullable(s.examples.get(id)));
    }

    @Override
    public void saveCallExample(CallExample example) {
        store.locked(s -> s.examples.put(example.id(), example));
    }

    @Override
    public boolean deleteCallExample(CallExampleId id) {
        return store.locked(s -> s.examples.remove(id) != null);
    }

    @Override
    public List<Talent> talents() {
        return store.locked(s -> List.copyOf(s.talents.values()));
    }

    @Override
    public Optional<Talent> talent(TalentId id) {
        return store.locked(s -> Optional.ofNullable(s.talents.get(id)));
    }

    @Override
    public Optional<Talent> talentNamed(String name) {
        return store.locked(s -> s.talents.values().stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst());
    }

    @Override
    public void saveTalent(Talent talent) {
        store.locked(s -> s.talents.put(talent.id(), talent));
    }

    @Override
    public boolean deleteTalent(TalentId id) {
        return store.locked(s -> {
            if (s.talents.remove(id) == null) {
                return false;
            }
            for (CallType t : new ArrayList<>(s.callTypes.values())) {
                if (t.talents().contains(id)) {
                    List<TalentId> rest = t.talents().stream().filter(x -> !x.equals(id)).toList();
                    s.callTypes.put(t.id(), new CallType(t.id(), t.categoryId(), t.name(), t.price(), t.description(),
                            t.requiredGender(), rest, t.imageUrl(), t.frozen()));
                }
            }
            return true;
        });
    }

    @Override
    public List<CategoryId> priorityCategories() {
        return store.locked(s -> List.copyOf(s.priority));
    }

    @Override
    public void setPriorityCategories(List<CategoryId> ids) {
        store.locked(s -> s.priority = new ArrayList<>(ids));
    }

    private static boolean removeCallType(InMemoryStore.State s, CallTypeId id) {
        if (s.callTypes.remove(id) == null) {
            return false;
        }
        s.examples.values().removeIf(e -> e.callTypeId().equals(id));
        return true;
    }
}
