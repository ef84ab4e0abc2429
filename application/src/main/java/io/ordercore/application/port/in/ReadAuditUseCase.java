package io.ordercore.application.port.in;

import java.util.List;

/** The audit log, for administrators. */
public interface ReadAuditUseCase {

    List<AuditEntry> list(Caller caller, AuditQuery query);
}
