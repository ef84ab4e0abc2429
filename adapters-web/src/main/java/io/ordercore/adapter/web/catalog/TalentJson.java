package io.ordercore.adapter.web.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.domain.catalog.Talent;

/** An operator talent; a critical one is a hard requirement for dispatch. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TalentJson(long id, String name, boolean critical) {

    public static TalentJson from(Talent talent) {
        return new TalentJson(talent.id().value(), talent.name(), talent.critical());
    }
}
