package io.ordercore.application.port.in;

import io.ordercore.domain.catalog.CallExample;
import io.ordercore.domain.catalog.CallType;
import io.ordercore.domain.catalog.CallTypeId;
import io.ordercore.domain.catalog.Category;
import io.ordercore.domain.catalog.CategoryId;
import io.ordercore.domain.catalog.Talent;
import java.util.List;

/**
 * Administration of the catalog. Every form is checked as a whole and refused with all its field
 * errors ({@link io.ordercore.domain.shared.ValidationException}); unknown ids answer
 * {@link NotFoundException}.
 */
public interface ManageCatalogUseCase {

    /** The whole tree, frozen elements included. */
    List<CatalogSection> fullCatalog();

    Category createCategory(String name);

    Category renameCategory(CategoryId id, String name);

    CallType createCallType(CallTypeForm form);

    CallType updateCallType(CallTypeId id, CallTypeForm form);

    CallExample createCallExample(CallExampleForm form);

    List<Talent> talents();

    Talent createTalent(String name, boolean critical);

    /** Freezes or unfreezes one element; what is under it follows without being changed itself. */
    void setFrozen(CatalogElement element, long id, boolean frozen);

    /** Deletes one element and everything under it. */
    void delete(CatalogElement element, long id);

    void deleteTalent(long id);

    /** The administrator's choice, in order, as stored (frozen ones included). */
    List<Category> priorityCategories();

    /** Replaces the priority categories: at most three, distinct, existing. An empty list clears them. */
    void setPriorityCategories(List<CategoryId> ids);

    /**
     * A call type as an administrator enters it.
     *
     * @param priceRoubles   positive whole roubles
     * @param requiredGender ANY, MALE or FEMALE (a hard rule for dispatch); ANY when absent
     * @param talentIds      talents the call type asks for; each talent's own flag says if it is critical
     * @param imageUrl       optional http(s) address of the call type's picture
     */
    record CallTypeForm(Long categoryId, String name, Long priceRoubles, String description, String requiredGender,
                        List<Long> talentIds, String imageUrl) {
    }

    /** A call example as an administrator enters it; {@code recordingUrl} is an optional http(s) address. */
    record CallExampleForm(Long callTypeId, String title, String text, String recordingUrl) {
    }
}
