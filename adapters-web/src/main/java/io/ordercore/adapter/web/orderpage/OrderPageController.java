package io.ordercore.adapter.web.orderpage;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.ordercore.adapter.web.PathIds;
import io.ordercore.adapter.web.security.RequestCaller;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.in.OrderPageUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The order page behind its unguessable link, and the recording's download for the order's owner. */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Order pages")
public class OrderPageController {

    private final OrderPageUseCase pages;

    public OrderPageController(OrderPageUseCase pages) {
        this.pages = pages;
    }

    @Get("/order-pages/{token}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "An order's page by the token of its link: status, call, window and recordings (404 otherwise)")
    public OrderLinkJson orderPage(String token) {
        // The token is not echoed: it is the only secret guarding the page.
        return pages.page(token).map(OrderLinkJson::from)
                .orElseThrow(() -> new NotFoundException("Order page", "behind this link"));
    }

    @Get("/me/orders/{id}/recording")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "The recording of one's own order, to download (404 for anyone else's)")
    public RecordingJson recording(long id, @RequestCaller Caller caller) {
        return new RecordingJson(pages.recordingForDownload(caller, PathIds.order(id)));
    }
}
