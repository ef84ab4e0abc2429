package io.ordercore.adapter.web.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.domain.catalog.Talent;
import java.util.List;

/** All talents, by id. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TalentListJson(List<TalentJson> talents) {

    public static TalentListJson from(List<Talent> talents) {
        return new TalentListJson(talents.stream().map(TalentJson::from).toList());
    }
}
