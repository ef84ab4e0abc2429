package io.ordercore.application.port.out;

import io.ordercore.application.port.in.AuditEntry;
import io.ordercore.application.port.in.AuditQuery;
import java.util.List;

/** The append-only record of every state-changing action. */
public interface AuditLog {

    /** Appends; the store assigns the id. */
    void append(AuditEntry.Draft entry);

    /** Newest first. */
    List<AuditEntry> list(AuditQuery query);
}
