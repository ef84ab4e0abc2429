package io.ordercore.application.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercore.domain.catalog.Category;
import io.ordercore.domain.catalog.CategoryId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The in-memory Transactions port behaves like a database transaction: all or nothing. */
class InMemoryStoreTest {

    private final InMemoryStore store = new InMemoryStore();
    private final InMemoryCatalog catalog = new InMemoryCatalog(store);

    private static Category category(long id) {
        return new Category(new CategoryId(id), "C" + id, false);
    }

    @Test
    void a_transaction_that_throws_leaves_no_trace() {
        catalog.saveCategory(category(1));

        assertThatThrownBy(() -> store.inTransaction(() -> {
            catalog.saveCategory(category(2));
            catalog.setPriorityCategories(List.of(new CategoryId(2)));
            catalog.deleteCategory(new CategoryId(1));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(catalog.categories()).containsExactly(category(1));
        assertThat(catalog.priorityCategories()).isEmpty();
        assertThat(store.transactionsCommitted()).isZero();
    }

    @Test
    void a_transaction_that_completes_keeps_its_writes() {
        Category saved = store.inTransaction(() -> {
            catalog.saveCategory(category(3));
            return category(3);
        });

        assertThat(catalog.category(saved.id())).contains(saved);
        assertThat(store.transactionsCommitted()).isEqualTo(1);
    }

    @Test
    void a_nested_transaction_joins_the_outer_one() {
        assertThatThrownBy(() -> store.inTransaction(() -> {
            store.inTransaction(() -> catalog.saveCategory(category(4)));
            throw new IllegalStateException("outer fails");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(catalog.categories()).isEmpty();
    }
}
