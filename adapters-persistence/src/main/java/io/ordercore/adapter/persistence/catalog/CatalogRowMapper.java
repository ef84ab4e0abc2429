package io.ordercore.adapter.persistence.catalog;

import io.ordercore.adapter.persistence.support.SearchKeys;
import io.ordercore.adapter.persistence.support.ValueMappings;
import io.ordercore.domain.catalog.CallExample;
import io.ordercore.domain.catalog.CallExampleId;
import io.ordercore.domain.catalog.CallType;
import io.ordercore.domain.catalog.CallTypeId;
import io.ordercore.domain.catalog.Category;
import io.ordercore.domain.catalog.CategoryId;
import io.ordercore.domain.catalog.Talent;
import io.ordercore.domain.catalog.TalentId;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.OperatorGender;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Catalog records between domain and rows. */
@Mapper(uses = ValueMappings.class, imports = SearchKeys.class)
public interface CatalogRowMapper {

    @Mapping(target = "id", source = "id.value")
    CategoryRow toRow(Category category);

    default Category toCategory(CategoryRow row) {
        return new Category(new CategoryId(row.id()), row.name(), row.frozen());
    }

    @Mapping(target = "id", source = "id.value")
    @Mapping(target = "nameKey", expression = "java(SearchKeys.of(talent.name()))")
    TalentRow toRow(Talent talent);

    default Talent toTalent(TalentRow row) {
        return new Talent(new TalentId(row.id()), row.name(), row.critical());
    }

    @Mapping(target = "id", source = "id.value")
    @Mapping(target = "categoryId", source = "categoryId.value")
    @Mapping(target = "priceMinor", source = "price.minor")
    @Mapping(target = "currency", source = "price.currency")
    CallTypeRow toRow(CallType callType);

    default CallType toCallType(CallTypeRow row, List<TalentId> talents) {
        return new CallType(new CallTypeId(row.id()), new CategoryId(row.categoryId()), row.name(),
                Money.ofMinor(row.priceMinor(), Currency.getInstance(row.currency())),
                Optional.ofNullable(row.description()), OperatorGender.valueOf(row.requiredGender()), talents,
                Optional.ofNullable(row.imageUrl()), row.frozen());
    }

    @Mapping(target = "id", source = "id.value")
    @Mapping(target = "callTypeId", source = "callTypeId.value")
    @Mapping(target = "body", source = "text")
    CallExampleRow toRow(CallExample example);

    default CallExample toCallExample(CallExampleRow row) {
        return new CallExample(new CallExampleId(row.id()), new CallTypeId(row.callTypeId()), row.title(),
                Optional.ofNullable(row.body()), Optional.ofNullable(row.recordingUrl()), row.frozen());
    }
}
