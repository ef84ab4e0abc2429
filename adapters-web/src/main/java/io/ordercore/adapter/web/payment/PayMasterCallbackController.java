package io.ordercore.adapter.web.payment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.ordercore.application.port.in.PayMasterCallbackUseCase;
import io.ordercore.application.port.out.GatewayApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * PayMaster API v2 callbacks. They carry no signature, so the body is only a hint: the payment's id
 * is read from it and the core asks PayMaster's API what that payment really is before recording
 * anything. An answer PayMaster could not give is a 503, so that PayMaster repeats the callback.
 */
@Controller("/api/v1/payments-v2/paymaster")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Payment gateways", description = "Calls from payment gateways, authenticated by their signatures")
public class PayMasterCallbackController {

    private final PayMasterCallbackUseCase callbacks;
    private final JsonMapper json;

    public PayMasterCallbackController(PayMasterCallbackUseCase callbacks, JsonMapper json) {
        this.callbacks = callbacks;
        this.json = json;
    }

    @Post("/callback")
    @Consumes(MediaType.ALL)
    @Operation(summary = "PayMaster API v2 payment callback: a hint, confirmed with GET /api/v2/payments/{id}")
    public HttpResponse<Map<String, Object>> callback(@Nullable @Body byte[] body) {
        String id = paymentId(body);
        if (id == null) {
            return HttpResponse.badRequest(Map.of("recorded", false, "reason", "no payment id"));
        }
        try {
            return HttpResponse.ok(Map.of("recorded", callbacks.hint(id)));
        } catch (GatewayApiException e) {
            return HttpResponse.<Map<String, Object>>status(HttpStatus.SERVICE_UNAVAILABLE)
                    .body(Map.of("recorded", false, "reason", "PayMaster could not be asked; repeat the callback"));
        }
    }

    /** The payment object's {@code id}; a UTF-8 BOM before the JSON is tolerated, as PayMaster fixtures show one. */
    private String paymentId(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try {
            JsonNode tree = json.readValue(text, JsonNode.class);
            JsonNode id = tree.isObject() ? tree.get("id") : null;
            return id == null || id.isNull() ? null : id.coerceStringValue();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
