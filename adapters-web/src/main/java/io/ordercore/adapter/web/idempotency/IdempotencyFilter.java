package io.ordercore.adapter.web.idempotency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterContinuation;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import io.ordercore.adapter.web.problem.DomainExceptionHandler;
import io.ordercore.application.port.in.IdempotencyUseCase;
import io.ordercore.application.port.in.IdempotencyUseCase.Outcome;
import io.ordercore.application.port.out.IdempotencyKeys.Reply;
import io.ordercore.domain.shared.DomainException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The {@code Idempotency-Key} header on every money-moving POST. With the header, the first request
 * runs as usual and its final answer, error answers included (they are problem+json by then), is
 * stored under the key; a repeat with the same key and the same method, path and body gets that
 * answer again with {@code Idempotent-Replayed: true}, without running; the same key with another
 * body is refused (422 {@code IDEMPOTENCY_KEY_REUSED}), and a repeat while the first still runs is
 * 409 {@code IDEMPOTENCY_IN_PROGRESS}. A 5xx answer is not stored, so a retry with the key runs
 * again. Without the header nothing changes.
 *
 * <p>Keys are scoped by the caller's account (from the verified token, hence after the security
 * filter) and the route, so two users' keys never meet. The filter runs on the blocking executor,
 * since the key store is a database.
 */
@ServerFilter(methods = HttpMethod.POST, patterns = {
        "/api/v1/me/balance/transfer",
        "/api/v1/me/orders/*/pay-from-balance",
        "/api/v1/me/orders/*/pay-with-saved-card",
        "/api/v1/manager/orders/*/offline-payments",
        "/api/v1/admin/balances/*/adjust",
        "/api/v1/operator/payouts",
        "/api/v1/partner/payouts",
        "/api/v1/admin/payouts/*/status"})
public class IdempotencyFilter implements Ordered {

    public static final String KEY_HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final IdempotencyUseCase idempotency;
    private final DomainExceptionHandler problems;
    private final JsonMapper json;

    public IdempotencyFilter(IdempotencyUseCase idempotency, DomainExceptionHandler problems, JsonMapper json) {
        this.idempotency = idempotency;
        this.problems = problems;
        this.json = json;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    public MutableHttpResponse<?> filter(HttpRequest<?> request, @Nullable @Body String body,
                                         FilterContinuation<MutableHttpResponse<?>> continuation) {
        String key = request.getHeaders().get(KEY_HEADER);
        Optional<Authentication> who = request.getUserPrincipal(Authentication.class);
        if (key == null || who.isEmpty()) {
            return continuation.proceed();
        }
        String scope = who.get().getName() + " " + request.getMethodName() + " " + request.getPath();
        String hash = sha256(request.getMethodName() + " " + request.getPath() + "\n" + (body == null ? "" : body));
        Fresh fresh = new Fresh();
        try {
            Outcome outcome = idempotency.run(scope, key, hash, () -> fresh.run(continuation));
            return outcome.replayed() ? replay(outcome.reply()) : fresh.response;
        } catch (DomainException refused) {
            return (MutableHttpResponse<?>) problems.handle(request, refused);
        } catch (Unstored crashed) {
            return crashed.response;
        }
    }

    /** The request's own run: its answer, written as it will be stored. */
    private final class Fresh {

        private MutableHttpResponse<?> response;

        Reply run(FilterContinuation<MutableHttpResponse<?>> continuation) {
            MutableHttpResponse<?> answer = continuation.proceed();
            if (answer.code() >= 500) {
                throw new Unstored(answer); // the outcome is unknown: let a retry with the key run again
            }
            String contentType = answer.getContentType().map(MediaType::toString).orElse("");
            String text = text(answer.getBody().orElse(null));
            this.response = text.isEmpty() ? answer : answer.body(text);
            return new Reply(answer.code(), contentType, text);
        }
    }

    /** A 5xx answer: passed on to the client, but not stored under the key. */
    private static final class Unstored extends RuntimeException {

        private final transient MutableHttpResponse<?> response;

        Unstored(MutableHttpResponse<?> response) {
            super(null, null, false, false);
            this.response = response;
        }
    }

    private static MutableHttpResponse<?> replay(Reply reply) {
        MutableHttpResponse<String> response = HttpResponse.<String>status(HttpStatus.valueOf(reply.status()))
                .header(REPLAYED_HEADER, "true");
        if (!reply.contentType().isEmpty()) {
            response.contentType(reply.contentType());
        }
        return reply.body().isEmpty() ? response : response.body(reply.body());
    }

    private String text(@Nullable Object body) {
        if (body == null) {
            return "";
        }
        if (body instanceof CharSequence chars) {
            return chars.toString();
        }
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the answer to store it", e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
