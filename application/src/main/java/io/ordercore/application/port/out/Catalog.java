package io.ordercore.application.port.out;

import io.ordercore.domain.catalog.CallExample;
import io.ordercore.domain.catalog.CallExampleId;
import io.ordercore.domain.catalog.CallType;
import io.ordercore.domain.catalog.CallTypeId;
import io.ordercore.domain.catalog.Category;
import io.ordercore.domain.catalog.CategoryId;
import io.ordercore.domain.catalog.Talent;
import io.ordercore.domain.catalog.TalentId;
import java.util.List;
import java.util.Optional;

/** Storage of the catalog: categories, call types, call examples, talents, priority categories. */
public interface Catalog {

    List<Category> categories();

    Optional<Category> category(CategoryId id);

    void saveCategory(Category category);

    /** Deletes the category with its call types and their examples. Returns false when it did not exist. */
    boolean deleteCategory(CategoryId id);

    /** Call types, all of them or those of one category, by id. */
    List<CallType> callTypes(Optional<CategoryId> category);

    Optional<CallType> callType(CallTypeId id);

    void saveCallType(CallType callType);

    /** Deletes the call type with its examples. Returns false when it did not exist. */
    boolean deleteCallType(CallTypeId id);

    /** Examples, all of them or those of one call type, by id. */
    List<CallExample> callExamples(Optional<CallTypeId> callType);

    Optional<CallExample> callExample(CallExampleId id);

    void saveCallExample(CallExample example);

    boolean deleteCallExample(CallExampleId id);

    List<Talent> talents();

    Optional<Talent> talent(TalentId id);

    Optional<Talent> talentNamed(String name);

    void saveTalent(Talent talent);

    /** Deletes a talent and removes it from every call type. */
    boolean deleteTalent(TalentId id);

    /** The administrator's priority categories for the quick-order widget, in order. */
    List<CategoryId> priorityCategories();

    void setPriorityCategories(List<CategoryId> ids);
}
