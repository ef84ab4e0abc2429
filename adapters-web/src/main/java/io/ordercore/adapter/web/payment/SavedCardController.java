package io.ordercore.adapter.web.payment;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.adapter.web.PathIds;
import io.ordercore.adapter.web.order.ClientOrderJson;
import io.ordercore.adapter.web.security.RequestCaller;
import io.ordercore.adapter.web.security.Roles;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.in.SavedCardUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;

/** A client's card saved from an earlier CloudPayments payment: seen (never its token), charged, forgotten. */
@Controller("/api/v1/me")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.CLIENT)
@Tag(name = "Cabinet: payments", description = "Paying one's own orders")
public class SavedCardController {

    private final SavedCardUseCase savedCard;

    public SavedCardController(SavedCardUseCase savedCard) {
        this.savedCard = savedCard;
    }

    @Get("/saved-card")
    @Operation(summary = "My saved card: its gateway and when it was saved (404 when none is saved)")
    public SavedCardJson mine(@RequestCaller Caller caller) {
        return savedCard.savedCard(caller).map(v -> new SavedCardJson(v.gateway(), v.savedAt()))
                .orElseThrow(() -> new NotFoundException("Saved card", "of this account"));
    }

    @Delete("/saved-card")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Forget my saved card")
    public void forget(@RequestCaller Caller caller) {
        savedCard.forgetCard(caller);
    }

    @Post("/orders/{id}/pay-with-saved-card")
    @Operation(summary = "Charge my saved card what is outstanding on my Unpaid order",
            description = "The order is Paid when the gateway approves. 422 NO_SAVED_CARD, ORDER_NOT_PAYABLE, CARD_DECLINED"
                    + " (with the gateway's reason), CARD_CHARGES_NOT_CONFIGURED; 409 GATEWAY_UNAVAILABLE (nothing"
                    + " recorded; retry later); 404 for anyone else's order.")
    public ClientOrderJson pay(long id, @RequestCaller Caller caller) {
        return ClientOrderJson.from(savedCard.payWithSavedCard(caller, PathIds.order(id)));
    }

    /** A saved card as shown: never its token. */
    @Serdeable
    public record SavedCardJson(String gateway, Instant savedAt) {
    }
}
