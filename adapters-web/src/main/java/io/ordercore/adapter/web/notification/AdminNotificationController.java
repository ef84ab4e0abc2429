package io.ordercore.adapter.web.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.ordercore.adapter.web.QueryParams;
import io.ordercore.adapter.web.security.RequestCaller;
import io.ordercore.adapter.web.security.Roles;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.NotificationsUseCase;
import io.ordercore.application.port.in.OutboxMessage;
import io.ordercore.application.port.in.OutboxQuery;
import io.ordercore.domain.shared.Validation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;

/** The notification outbox, for administrators: what was sent, what waits, what failed. */
@Controller("/api/v1/admin/notifications")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.ADMIN)
@Tag(name = "Admin: notifications")
public class AdminNotificationController {

    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_LIMIT = 1000;

    private final NotificationsUseCase notifications;

    public AdminNotificationController(NotificationsUseCase notifications) {
        this.notifications = notifications;
    }

    @Get
    @Operation(summary = "Notifications, newest first, filtered by status and recipient; page with before")
    public OutboxPageJson listNotifications(@Nullable @QueryValue String status, @Nullable @QueryValue String recipient,
                                            @Nullable @QueryValue String before, @Nullable @QueryValue String limit,
                                            @RequestCaller Caller caller) {
        Validation v = new Validation();
        Optional<OutboxMessage.Status> state = QueryParams.choice(v, "status", status, OutboxMessage.Status.class);
        Optional<Long> beforeId = QueryParams.id(v, "before", before);
        int pageSize = QueryParams.limit(v, limit, DEFAULT_LIMIT, MAX_LIMIT);
        v.throwIfInvalid();
        OutboxQuery query = new OutboxQuery(state, QueryParams.text(recipient), beforeId, pageSize);
        return OutboxPageJson.from(notifications.list(caller, query), pageSize);
    }

    @Post("/{id}/retry")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Try a FAILED notification again (404 when there is no such failed one)")
    public void retryNotification(long id, @RequestCaller Caller caller) {
        notifications.retry(caller, id);
    }
}
