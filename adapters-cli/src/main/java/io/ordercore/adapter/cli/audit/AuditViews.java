package io.ordercore.adapter.cli.audit;

import io.ordercore.application.port.in.AuditEntry;
import io.ordercore.domain.account.AccountId;
import java.util.List;

/** The JSON shape of the audit list. */
final class AuditViews {

    private AuditViews() {
    }

    /** {@code nextBefore} is the {@code --before} of the next page, null when this one was not full. */
    record Page(List<EntryJson> items, Long nextBefore) {
    }

    /** {@code impersonator} and {@code errorCode} are null when there is none. */
    record EntryJson(long id, String at, PartyJson actor, PartyJson impersonator, String action, String target,
                     String outcome, String errorCode) {
    }

    /** {@code label} is the e-mail of an account or {@code system:NAME}; the others are null for a system. */
    record PartyJson(String label, Long accountId, String role) {
    }

    static EntryJson json(AuditEntry e) {
        return new EntryJson(e.id(), e.at().toString(), party(e.actor()), e.impersonator().map(AuditViews::party).orElse(null),
                e.action(), e.target(), e.outcome().name(), e.errorCode().orElse(null));
    }

    private static PartyJson party(AuditEntry.Party p) {
        return new PartyJson(p.label(), p.account().map(AccountId::value).orElse(null), p.role().map(Enum::name).orElse(null));
    }
}
