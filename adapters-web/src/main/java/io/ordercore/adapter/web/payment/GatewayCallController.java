package io.ordercore.adapter.web.payment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.ordercore.application.port.in.GatewayCallsUseCase;
import io.ordercore.application.port.out.PaymentGateway;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Calls from payment gateways (PayMaster, CloudPayments...). No bearer token: each gateway's
 * protocol authenticates its calls by its own signature, which the core checks over the exact
 * bytes received. So the body is taken as raw bytes whatever its type (a form is never parsed
 * here; the Content-Type header goes along as sent, empty when there is none), and the gateway's
 * reply is written back exactly: status, content type and body.
 */
@Controller("/api/v1/payments")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Payment gateways", description = "Calls from payment gateways, authenticated by their signatures")
public class GatewayCallController {

    /**
     * Our own credentials, never a gateway's: kept out of the call, which is logged raw where staff
     * can read it.
     */
    private static final Set<String> WITHHELD = Set.of("authorization", "proxy-authorization", "cookie");

    private final GatewayCallsUseCase gatewayCalls;

    public GatewayCallController(GatewayCallsUseCase gatewayCalls) {
        this.gatewayCalls = gatewayCalls;
    }

    @Post("/{gateway}/{endpoint}")
    @Consumes(MediaType.ALL)
    @Produces(MediaType.ALL)
    @Operation(summary = "A gateway's call (notification, check, pay, fail, refund...), answered as its protocol expects",
            description = "e.g. /payments/paymaster/invoice-confirmation, /payments/paymaster/notification,"
                    + " /payments/cloudpayments/check|pay|fail|refund|recurrent. The body is read as sent (form or"
                    + " JSON); the reply's status, content type and body are the gateway's. 404 for an unknown gateway.",
            requestBody = @RequestBody(description = "The gateway's call, exactly as its protocol sends it", content = {
                @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED, schema = @Schema(type = "string")),
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "string"))}))
    public HttpResponse<byte[]> handleGatewayCall(String gateway, String endpoint, HttpRequest<?> request,
                                                  @Nullable @Body byte[] body) {
        HttpHeaders received = request.getHeaders();
        String contentType = received.get(HttpHeaders.CONTENT_TYPE);
        PaymentGateway.Call call = new PaymentGateway.Call(endpoint, contentType == null ? "" : contentType,
                headers(received), body == null ? new byte[0] : body);
        return written(gatewayCalls.handle(gateway, call));
    }

    /** Every header by its lower-case name; a repeated header's values joined as HTTP joins them. */
    private static Map<String, String> headers(HttpHeaders received) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : received.names()) {
            String key = name.toLowerCase(Locale.ROOT);
            if (!WITHHELD.contains(key)) {
                headers.merge(key, String.join(", ", received.getAll(name)), (a, b) -> a + ", " + b);
            }
        }
        return Collections.unmodifiableMap(headers);
    }

    /** The reply exactly; its body encoded in the charset its content type names (UTF-8 when none). */
    private static HttpResponse<byte[]> written(PaymentGateway.Reply reply) {
        String contentType = reply.contentType() == null || reply.contentType().isBlank()
                ? MediaType.TEXT_PLAIN : reply.contentType();
        Charset charset = charset(contentType);
        byte[] bytes = reply.body() == null ? new byte[0] : reply.body().getBytes(charset);
        return HttpResponse.<byte[]>ok().status(reply.status()).contentType(contentType).body(bytes);
    }

    private static Charset charset(String contentType) {
        try {
            return MediaType.of(contentType).getCharset().orElse(StandardCharsets.UTF_8);
        } catch (RuntimeException unreadable) {
            return StandardCharsets.UTF_8;
        }
    }
}
