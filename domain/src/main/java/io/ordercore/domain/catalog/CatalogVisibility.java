package io.ordercore.domain.catalog;

/**
 * What clients may see and order. An element is visible when neither it nor any parent is
 * frozen; freezing a parent hides its children without touching their own flags, so unfreezing
 * the parent brings back exactly what was visible before.
 */
public final class CatalogVisibility {

    private CatalogVisibility() {
    }

    public static boolean orderable(CallType callType, Category category) {
        requireParent(callType, category);
        return !category.frozen() && !callType.frozen();
    }

    public static boolean visible(CallExample example, CallType callType, Category category) {
        if (!example.callTypeId().equals(callType.id())) {
            throw new IllegalArgumentException("example " + example.id() + " is not under call type " + callType.id());
        }
        return orderable(callType, category) && !example.frozen();
    }

    private static void requireParent(CallType callType, Category category) {
        if (!callType.categoryId().equals(category.id())) {
            throw new IllegalArgumentException("call type " + callType.id() + " is not under category " + category.id());
        }
    }
}
