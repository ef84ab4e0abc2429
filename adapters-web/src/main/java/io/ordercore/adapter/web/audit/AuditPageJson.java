package io.ordercore.adapter.web.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.application.port.in.AuditEntry;
import java.util.List;

/** Audit entries, newest first; pass {@code nextBefore} as {@code before} for older ones, null on the last page. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AuditPageJson(List<AuditEntryJson> items, @Nullable Long nextBefore) {

    static AuditPageJson from(List<AuditEntry> page, int limit) {
        Long next = page.size() == limit ? page.get(page.size() - 1).id() : null;
        return new AuditPageJson(page.stream().map(AuditEntryJson::from).toList(), next);
    }
}
