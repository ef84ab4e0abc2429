package io.ordercore.application.port.in;

import io.ordercore.domain.catalog.CallExample;
import io.ordercore.domain.catalog.CallType;
import io.ordercore.domain.catalog.CallTypeId;
import io.ordercore.domain.catalog.Category;
import io.ordercore.domain.catalog.CategoryId;
import io.ordercore.domain.catalog.Talent;
import java.util.List;

/**
 * Administration of the catalog, for administrators and site managers. Every form is checked as a whole and refused with all its field
 * errors ({@link io.ordercore.domain.shared.ValidationException}); unknown ids answer
 * {@link NotFoundException}.
 */
public interface ManageCatalogUseCase {

    /** The whole tree, frozen elements included. */
    List<CatalogSection> fullCatalog(Caller caller);

    Category createCategory(Caller caller, String name);

    Category renameCategory(Caller caller, CategoryId id, String name);

    CallType createCallType(Caller caller, CallTypeForm form);

    CallType updateCallType(Caller caller, CallTypeId id, CallTypeForm form);

    CallExample createCallExample(Caller caller, CallExampleForm form);

    List<Talent> talents(Caller caller);

    Talent createTalent(Caller caller, String name, boolean critical);

    /** Freezes or unfreezes one element; what is under it follows without being changed itself. */
    void setFrozen(Caller caller, CatalogElement element, long id, boolean frozen);

    /** Deletes one element and everything under it. */
    void delete(Caller caller, CatalogElement element, long id);

    void deleteTalent(Caller caller, long id);

    /** The administrator's choice, in order, as stored (frozen ones included). */
    List<Category> priorityCategories(Caller caller);

    /** Replaces the priority categories: at most three, distinct, existing. An empty list clears them. */
    void setPriorityCategories(Caller caller, List<CategoryId> ids);

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
