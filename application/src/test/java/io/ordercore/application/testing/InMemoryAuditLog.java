package io.ordercore.application.testing;

import io.ordercore.application.port.in.AuditEntry;
import io.ordercore.application.port.in.AuditQuery;
import io.ordercore.application.port.out.AuditLog;
import java.util.ArrayList;
import java.util.List;

/** {@link AuditLog} over {@link InMemoryStore}, with the SQL adapter's filter semantics. */
public final class InMemoryAuditLog implements AuditLog {

    private final InMemoryStore store;

    public InMemoryAuditLog(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public void append(AuditEntry.Draft d) {
        store.locked(s -> s.audit.add(new AuditEntry(s.audit.size() + 1L, d.at(), d.actor(), d.impersonator(), d.action(),
                d.target(), d.outcome(), d.errorCode())));
    }

    @Override
    public List<AuditEntry> list(AuditQuery q) {
        return store.locked(s -> {
            List<AuditEntry> newestFirst = new ArrayList<>(s.audit);
            java.util.Collections.reverse(newestFirst);
            return newestFirst.stream()
                    .filter(e -> q.actor().map(a -> e.actor().label().equals(a)
                            || e.impersonator().map(i -> i.label().equals(a)).orElse(false)).orElse(true))
                    .filter(e -> q.target().map(t -> t.endsWith(":") ? e.target().startsWith(t) : e.target().equals(t))
                            .orElse(true))
                    .filter(e -> q.since().map(t -> !e.at().isBefore(t)).orElse(true))
                    .filter(e -> q.beforeId().map(b -> e.id() < b).orElse(true))
                    .limit(q.limit())
                    .toList();
        });
    }

    /** Everything recorded, oldest first (for assertions). */
    public List<AuditEntry> all() {
        return store.locked(s -> List.copyOf(s.audit));
    }
}
