package io.ordercore.adapter.web.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.ordercore.adapter.web.QueryParams;
import io.ordercore.adapter.web.security.RequestCaller;
import io.ordercore.adapter.web.security.Roles;
import io.ordercore.application.port.in.AuditQuery;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ReadAuditUseCase;
import io.ordercore.domain.shared.Validation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Optional;

/** The audit log, for administrators. */
@Controller("/api/v1/admin/audit")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Admin: audit")
public class AdminAuditController {

    private static final int DEFAULT_LIMIT = 100;

    private final ReadAuditUseCase audit;

    public AdminAuditController(ReadAuditUseCase audit) {
        this.audit = audit;
    }

    /**
     * {@code actor} is an e-mail (or a system label such as {@code system:cli}) and also finds what
     * that account did as someone else; {@code target} is exact ({@code order:42}) or a prefix ending
     * in ':' ({@code order:}); {@code since} is a Moscow date or an ISO-8601 instant.
     */
    @Get
    @Secured(Roles.ADMIN)
    @Operation(summary = "Audited actions, newest first, filtered by actor, target and time; page with before")
    public AuditPageJson listAudit(@Nullable @QueryValue String actor, @Nullable @QueryValue String target,
                                   @Nullable @QueryValue String since, @Nullable @QueryValue String before,
                                   @Nullable @QueryValue String limit, @RequestCaller Caller caller) {
        Validation v = new Validation();
        Optional<Instant> from = QueryParams.instant(v, "since", since);
        Optional<Long> beforeId = QueryParams.id(v, "before", before);
        int pageSize = QueryParams.limit(v, limit, DEFAULT_LIMIT, AuditQuery.MAX_LIMIT);
        v.throwIfInvalid();
        AuditQuery query = new AuditQuery(QueryParams.text(actor), QueryParams.text(target), from, beforeId, pageSize);
        return AuditPageJson.from(audit.list(caller, query), pageSize);
    }
}
