package io.ordercore.adapter.persistence.catalog;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The catalog's Micronaut Data repositories, one per table. */
final class CatalogRepositories {

    private CatalogRepositories() {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Categories extends GenericRepository<CategoryRow, Long> {
        List<CategoryRow> listOrderById();

        Optional<CategoryRow> findById(Long id);

        boolean existsById(Long id);

        CategoryRow save(CategoryRow row);

        CategoryRow update(CategoryRow row);

        int deleteById(Long id);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface QuickOrder extends GenericRepository<QuickOrderCategoryRow, Integer> {
        List<QuickOrderCategoryRow> listOrderBySlot();

        <S extends QuickOrderCategoryRow> List<S> saveAll(Iterable<S> rows);

        @Query("DELETE FROM quick_order_category")
        int clear();
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Talents extends GenericRepository<TalentRow, Long> {
        List<TalentRow> listOrderById();

        Optional<TalentRow> findById(Long id);

        Optional<TalentRow> findByNameKey(String nameKey);

        boolean existsById(Long id);

        TalentRow save(TalentRow row);

        TalentRow update(TalentRow row);

        int deleteById(Long id);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface CallTypes extends GenericRepository<CallTypeRow, Long> {
        List<CallTypeRow> listOrderById();

        List<CallTypeRow> findByCategoryIdOrderById(long categoryId);

        Optional<CallTypeRow> findById(Long id);

        boolean existsById(Long id);

        CallTypeRow save(CallTypeRow row);

        CallTypeRow update(CallTypeRow row);

        int deleteById(Long id);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface CallTypeTalents extends GenericRepository<CallTypeTalentRow, CallTypeTalentKey> {
        List<CallTypeTalentRow> listOrderByIdCallTypeIdAndOrdinal();

        List<CallTypeTalentRow> findByIdCallTypeIdInOrderByOrdinal(Collection<Long> callTypeIds);

        <S extends CallTypeTalentRow> List<S> saveAll(Iterable<S> rows);

        @Query("DELETE FROM call_type_talent WHERE call_type_id = :callTypeId")
        int deleteByCallType(long callTypeId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface CallExamples extends GenericRepository<CallExampleRow, Long> {
        List<CallExampleRow> listOrderById();

        List<CallExampleRow> findByCallTypeIdOrderById(long callTypeId);

        Optional<CallExampleRow> findById(Long id);

        boolean existsById(Long id);

        CallExampleRow save(CallExampleRow row);

        CallExampleRow update(CallExampleRow row);

        int deleteById(Long id);
    }
}
