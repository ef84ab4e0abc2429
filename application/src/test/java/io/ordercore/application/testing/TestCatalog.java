package io.ordercore.application.testing;

import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ManageCatalogUseCase;
import io.ordercore.application.port.in.ManageCatalogUseCase.CallTypeForm;
import io.ordercore.domain.catalog.CallType;
import io.ordercore.domain.catalog.Category;
import java.util.List;

/** Shortcuts that fill a catalog through the admin use case, as a real administrator would. */
public final class TestCatalog {

    private final ManageCatalogUseCase manage;
    private final Caller admin;

    /** Acts as trusted system code; see {@link #TestCatalog(ManageCatalogUseCase, Caller)}. */
    public TestCatalog(ManageCatalogUseCase manage) {
        this(manage, Caller.system("test-catalog"));
    }

    public TestCatalog(ManageCatalogUseCase manage, Caller admin) {
        this.manage = manage;
        this.admin = admin;
    }

    public Category category(String name) {
        return manage.createCategory(admin, name);
    }

    /** A call type with only the required fields. */
    public CallType callType(Category category, String name, long priceRoubles) {
        return manage.createCallType(admin, new CallTypeForm(category.id().value(), name, priceRoubles, null, null, List.of(), null));
    }

    /** A category "Greetings" with a 500-rouble call type "Birthday greeting". */
    public CallType birthdayGreeting() {
        return callType(category("Greetings"), "Birthday greeting", 500);
    }
}
