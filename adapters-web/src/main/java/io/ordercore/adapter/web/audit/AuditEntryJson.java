package io.ordercore.adapter.web.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.application.port.in.AuditEntry;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.account.Role;

/**
 * One audited action: who acted ({@code actor}), who really did when impersonating
 * ({@code impersonator}, else null), what on what, when, and how it ended (OK, REFUSED, FAILED
 * with its error code).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AuditEntryJson(long id, String at, PartyJson actor, @Nullable PartyJson impersonator, String action,
                             String target, String outcome, @Nullable String errorCode) {

    static AuditEntryJson from(AuditEntry e) {
        return new AuditEntryJson(e.id(), e.at().toString(), PartyJson.from(e.actor()),
                e.impersonator().map(PartyJson::from).orElse(null), e.action(), e.target(), e.outcome().name(),
                e.errorCode().orElse(null));
    }

    /** An account (its id, e-mail as label, role) or a system component (label only). */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PartyJson(@Nullable Long accountId, String label, @Nullable String role) {

        static PartyJson from(AuditEntry.Party p) {
            return new PartyJson(p.account().map(AccountId::value).orElse(null), p.label(),
                    p.role().map(Role::name).orElse(null));
        }
    }
}
