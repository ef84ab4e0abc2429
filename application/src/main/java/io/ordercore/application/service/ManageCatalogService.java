package io.ordercore.application.service;

import io.ordercore.application.port.in.CatalogElement;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.CatalogSection;
import io.ordercore.application.port.in.ManageCatalogUseCase;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.out.Catalog;
import io.ordercore.application.port.out.Ids;
import io.ordercore.application.port.out.Transactions;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.catalog.CallExample;
import io.ordercore.domain.catalog.CallExampleId;
import io.ordercore.domain.catalog.CallType;
import io.ordercore.domain.catalog.CallTypeId;
import io.ordercore.domain.catalog.Category;
import io.ordercore.domain.catalog.CategoryId;
import io.ordercore.domain.catalog.QuickOrderCategories;
import io.ordercore.domain.catalog.Talent;
import io.ordercore.domain.catalog.TalentId;
import io.ordercore.domain.shared.Choices;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.OperatorGender;
import io.ordercore.domain.shared.Text;
import io.ordercore.domain.shared.Validation;
import io.ordercore.domain.shared.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

final class ManageCatalogService implements ManageCatalogUseCase {

    /** Who administers the catalog. */
    private static final Role[] EDITORS = {Role.ADMIN, Role.SITE_MANAGER};

    private final Catalog catalog;
    private final Ids ids;
    private final Transactions transactions;
    private final CatalogTree tree;
    private final AuditTrail audit;

    ManageCatalogService(Catalog catalog, Ids ids, Transactions transactions, AuditTrail audit) {
        this.catalog = catalog;
        this.ids = ids;
        this.transactions = transactions;
        this.tree = new CatalogTree(catalog);
        this.audit = audit;
    }

    @Override
    public List<CatalogSection> fullCatalog(Caller caller) {
        Permissions.require(caller, EDITORS);
        return tree.build(false);
    }

    @Override
    public Category createCategory(Caller caller, String name) {
        return audit.record(caller, "catalog.category.create", c -> "category:" + c.id(), "category:new", () -> {
            Permissions.require(caller, EDITORS);
            Category category = new Category(ids.nextCategoryId(), checkedName("name", name, Category.MAX_NAME), false);
            catalog.saveCategory(category);
            return category;
        });
    }

    @Override
    public Category renameCategory(Caller caller, CategoryId id, String name) {
        return audit.record(caller, "catalog.category.rename", "category:" + id, () -> {
            Permissions.require(caller, EDITORS);
            String checked = checkedName("name", name, Category.MAX_NAME);
            Category renamed = existingCategory(id).withName(checked);
            catalog.saveCategory(renamed);
            return renamed;
        });
    }

    @Override
    public CallType createCallType(Caller caller, CallTypeForm form) {
        return audit.record(caller, "catalog.call-type.create", t -> "call-type:" + t.id(), "call-type:new", () -> {
            Permissions.require(caller, EDITORS);
            CallType callType = checkedCallType(null, form, false);
            catalog.saveCallType(callType);
            return callType;
        });
    }

    @Override
    public CallType updateCallType(Caller caller, CallTypeId id, CallTypeForm form) {
        return audit.record(caller, "catalog.call-type.update", "call-type:" + id, () -> {
            Permissions.require(caller, EDITORS);
            CallType current = catalog.callType(id).orElseThrow(() -> new NotFoundException("Call type", id));
            CallType updated = checkedCallType(id, form, current.frozen());
            catalog.saveCallType(updated);
            return updated;
        });
    }

    @Override
    public CallExample createCallExample(Caller caller, CallExampleForm form) {
        return audit.record(caller, "catalog.call-example.create", e -> "call-example:" + e.id(), "call-example:new", () -> {
            Permissions.require(caller, EDITORS);
            Validation v = new Validation();
            if (v.require("callTypeId", form.callTypeId()) && !callTypeExists(form.callTypeId())) {
                v.reject("callTypeId", "UNKNOWN_CALL_TYPE", "no call type with this id");
            }
            String title = v.check("title", () -> Text.required(form.title(), CallExample.MAX_TITLE));
            String text = v.check("text", () -> Text.optional(form.text(), CallExample.MAX_TEXT));
            Optional<String> recording = FormInputs.webLink(v, "recordingUrl", form.recordingUrl());
            v.throwIfInvalid();
            CallExample example = new CallExample(ids.nextCallExampleId(), new CallTypeId(form.callTypeId()), title,
                    Optional.ofNullable(text), recording, false);
            catalog.saveCallExample(example);
            return example;
        });
    }

    @Override
    public List<Talent> talents(Caller caller) {
        Permissions.require(caller, EDITORS);
        return catalog.talents();
    }

    @Override
    public Talent createTalent(Caller caller, String name, boolean critical) {
        return audit.record(caller, "catalog.talent.create", t -> "talent:" + t.id(), "talent:new", () -> {
            Permissions.require(caller, EDITORS);
            String checked = checkedName("name", name, Talent.MAX_NAME);
            if (catalog.talentNamed(checked).isPresent()) {
                throw ValidationException.of("name", "DUPLICATE", "a talent with this name exists");
            }
            Talent talent = new Talent(ids.nextTalentId(), checked, critical);
            catalog.saveTalent(talent);
            return talent;
        });
    }

    @Override
    public void setFrozen(Caller caller, CatalogElement element, long id, boolean frozen) {
        audit.record(caller, "catalog." + key(element) + (frozen ? ".freeze" : ".unfreeze"), key(element) + ":" + id, () -> {
            Permissions.require(caller, EDITORS);
            switch (element) {
                case CATEGORY -> catalog.saveCategory(existingCategory(categoryId(id)).withFrozen(frozen));
                case CALL_TYPE -> catalog.saveCallType(catalog.callType(callTypeId(id))
                        .orElseThrow(() -> new NotFoundException("Call type", id)).withFrozen(frozen));
                case CALL_EXAMPLE -> catalog.saveCallExample(catalog.callExample(callExampleId(id))
                        .orElseThrow(() -> new NotFoundException("Call example", id)).withFrozen(frozen));
            }
        });
    }

    @Override
    public void delete(Caller caller, CatalogElement element, long id) {
        audit.record(caller, "catalog." + key(element) + ".delete", key(element) + ":" + id,
                () -> deleteElement(caller, element, id));
    }

    private void deleteElement(Caller caller, CatalogElement element, long id) {
        Permissions.require(caller, EDITORS);
        boolean deleted = transactions.inTransaction(() -> switch (element) {
            case CATEGORY -> {
                CategoryId categoryId = categoryId(id);
                boolean gone = catalog.deleteCategory(categoryId);
                if (gone && catalog.priorityCategories().contains(categoryId)) {
                    List<CategoryId> rest = new ArrayList<>(catalog.priorityCategories());
                    rest.remove(categoryId);
                    catalog.setPriorityCategories(rest);
                }
                yield gone;
            }
            case CALL_TYPE -> catalog.deleteCallType(callTypeId(id));
            case CALL_EXAMPLE -> catalog.deleteCallExample(callExampleId(id));
        });
        if (!deleted) {
            throw new NotFoundException(label(element), id);
        }
    }

    @Override
    public void deleteTalent(Caller caller, long id) {
        audit.record(caller, "catalog.talent.delete", "talent:" + id, () -> {
            Permissions.require(caller, EDITORS);
            if (id <= 0 || !catalog.deleteTalent(new TalentId(id))) {
                throw new NotFoundException("Talent", id);
            }
        });
    }

    @Override
    public List<Category> priorityCategories(Caller caller) {
        Permissions.require(caller, EDITORS);
        List<Category> all = catalog.categories();
        return catalog.priorityCategories().stream()
                .flatMap(id -> all.stream().filter(c -> c.id().equals(id)))
                .toList();
    }

    @Override
    public void setPriorityCategories(Caller caller, List<CategoryId> chosen) {
        audit.record(caller, "catalog.priority.set", "priority-categories", () -> {
            Permissions.require(caller, EDITORS);
            QuickOrderCategories.requireValidChoice(chosen);
            Validation v = new Validation();
            for (CategoryId id : chosen) {
                if (catalog.category(id).isEmpty()) {
                    v.reject("categoryIds", "UNKNOWN_CATEGORY", "no category with id " + id);
                }
            }
            v.throwIfInvalid();
            catalog.setPriorityCategories(chosen);
        });
    }

    private CallType checkedCallType(CallTypeId existingId, CallTypeForm form, boolean frozen) {
        Validation v = new Validation();
        if (v.require("categoryId", form.categoryId())
                && (form.categoryId() <= 0 || catalog.category(new CategoryId(form.categoryId())).isEmpty())) {
            v.reject("categoryId", "UNKNOWN_CATEGORY", "no category with this id");
        }
        String name = v.check("name", () -> Text.required(form.name(), CallType.MAX_NAME));
        Money price = v.require("priceRoubles", form.priceRoubles())
                ? v.check("priceRoubles", () -> CallType.priceInRoubles(form.priceRoubles())) : null;
        String description = v.check("description", () -> Text.optional(form.description(), CallType.MAX_DESCRIPTION));
        OperatorGender gender = v.checkOptional("requiredGender", form.requiredGender(),
                raw -> Choices.parse(OperatorGender.class, raw)).orElse(OperatorGender.ANY);
        List<TalentId> talents = new ArrayList<>();
        for (Long raw : form.talentIds() == null ? List.<Long>of() : form.talentIds()) {
            if (raw == null || raw <= 0 || catalog.talent(new TalentId(raw)).isEmpty()) {
                v.reject("talentIds", "UNKNOWN_TALENT", "no talent with id " + raw);
            } else {
                talents.add(new TalentId(raw));
            }
        }
        Optional<String> image = FormInputs.webLink(v, "imageUrl", form.imageUrl());
        v.throwIfInvalid();
        CallTypeId id = existingId != null ? existingId : ids.nextCallTypeId();
        return new CallType(id, new CategoryId(form.categoryId()), name, price, Optional.ofNullable(description), gender,
                talents, image, frozen);
    }

    private static String checkedName(String field, String raw, int max) {
        Validation v = new Validation();
        String name = v.check(field, () -> Text.required(raw, max));
        v.throwIfInvalid();
        return name;
    }

    private Category existingCategory(CategoryId id) {
        return catalog.category(id).orElseThrow(() -> new NotFoundException("Category", id));
    }

    private boolean callTypeExists(long raw) {
        return raw > 0 && catalog.callType(new CallTypeId(raw)).isPresent();
    }

    private static CategoryId categoryId(long id) {
        requirePositive(id, "Category");
        return new CategoryId(id);
    }

    private static CallTypeId callTypeId(long id) {
        requirePositive(id, "Call type");
        return new CallTypeId(id);
    }

    private static CallExampleId callExampleId(long id) {
        requirePositive(id, "Call example");
        return new CallExampleId(id);
    }

    private static void requirePositive(long id, String what) {
        if (id <= 0) {
            throw new NotFoundException(what, id);
        }
    }

    private static String key(CatalogElement element) {
        return switch (element) {
            case CATEGORY -> "category";
            case CALL_TYPE -> "call-type";
            case CALL_EXAMPLE -> "call-example";
        };
    }

    private static String label(CatalogElement element) {
        return switch (element) {
            case CATEGORY -> "Category";
            case CALL_TYPE -> "Call type";
            case CALL_EXAMPLE -> "Call example";
        };
    }
}
