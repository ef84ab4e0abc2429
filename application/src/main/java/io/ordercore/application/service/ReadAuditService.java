package io.ordercore.application.service;

import io.ordercore.application.port.in.AuditEntry;
import io.ordercore.application.port.in.AuditQuery;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ReadAuditUseCase;
import io.ordercore.application.port.out.AuditLog;
import io.ordercore.domain.account.Role;
import java.util.List;

final class ReadAuditService implements ReadAuditUseCase {

    private final AuditLog log;

    ReadAuditService(AuditLog log) {
        this.log = log;
    }

    @Override
    public List<AuditEntry> list(Caller caller, AuditQuery query) {
        Permissions.require(caller, Role.ADMIN);
        return log.list(query);
    }
}
