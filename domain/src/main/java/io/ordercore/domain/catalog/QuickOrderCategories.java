package io.ordercore.domain.catalog;

import io.ordercore.domain.shared.ValidationException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which categories feed the quick-order widget: the administrator's priority categories, in the
 * order chosen, skipping frozen ones; when none is chosen or none of the chosen is visible, the
 * visible categories with the lowest ids. Never more than {@link #SLOTS}.
 */
public final class QuickOrderCategories {

    public static final int SLOTS = 3;

    private QuickOrderCategories() {
    }

    public static List<Category> pick(List<CategoryId> priority, List<Category> all) {
        Map<CategoryId, Category> byId = all.stream().collect(Collectors.toMap(Category::id, Function.identity()));
        List<Category> chosen = priority.stream()
                .map(byId::get)
                .filter(c -> c != null && !c.frozen())
                .limit(SLOTS)
                .toList();
        if (!chosen.isEmpty()) {
            return chosen;
        }
        return all.stream()
                .filter(c -> !c.frozen())
                .sorted(Comparator.comparingLong(c -> c.id().value()))
                .limit(SLOTS)
                .toList();
    }

    /** Refuses a priority list longer than {@link #SLOTS} or naming a category twice. */
    public static void requireValidChoice(List<CategoryId> priority) {
        if (priority.size() > SLOTS) {
            throw ValidationException.of("categoryIds", "TOO_MANY", "at most " + SLOTS + " priority categories");
        }
        if (new HashSet<>(priority).size() != priority.size()) {
            throw ValidationException.of("categoryIds", "DUPLICATE", "a category can be chosen only once");
        }
    }
}
