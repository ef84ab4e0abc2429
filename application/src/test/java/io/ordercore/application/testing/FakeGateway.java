package io.ordercore.application.testing;

import io.ordercore.application.port.out.PaymentGateway;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * A gateway for tests of the core's side of payments: a call's body is
 * {@code KIND;externalId;invoice;account;amount;currency;test}, and it is authentic when its
 * {@code x-signature} header is {@code ok}. Replies name the verdict.
 */
public final class FakeGateway implements PaymentGateway {

    public static final String NAME = "fake";
    private volatile boolean testAllowed;

    public void allowTestPayments(boolean allowed) {
        this.testAllowed = allowed;
    }

    /** A signed call with these fields. */
    public static Call call(String kind, String externalId, String invoice, String account, String amount, String currency,
                            boolean test) {
        String body = String.join(";", kind, externalId, invoice, account, amount, currency, String.valueOf(test));
        return new Call(kind.toLowerCase(java.util.Locale.ROOT), "text/plain", Map.of("x-signature", "ok"),
                body.getBytes(StandardCharsets.UTF_8));
    }

    public static Call forged(Call call) {
        return new Call(call.endpoint(), call.contentType(), Map.of("x-signature", "forged"), call.body());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Reading read(Call call) {
        if (!"ok".equals(call.headers().get("x-signature"))) {
            return Reading.forged("bad signature");
        }
        String[] f = new String(call.body(), StandardCharsets.UTF_8).split(";", -1);
        if (f.length != 7) {
            return new Reading(true, Optional.empty(), "malformed");
        }
        return Reading.of(new Notice(Kind.valueOf(f[0]), f[1], Optional.of(f[2]).filter(s -> !s.isEmpty()),
                Optional.of(f[3]).filter(s -> !s.isEmpty()), f[4], f[5], Boolean.parseBoolean(f[6]), Optional.empty()));
    }

    @Override
    public Reply reply(Call call, Optional<Notice> notice, Verdict verdict) {
        return new Reply(verdict == Verdict.BAD_SIGNATURE ? 401 : 200, "text/plain", verdict.name());
    }

    @Override
    public boolean testPaymentsAllowed() {
        return testAllowed;
    }

    @Override
    public Checkout checkout(String invoice, String amount, String currency, String description, Optional<String> email) {
        return new Checkout("https://pay.example.com", Map.of("invoice", invoice, "amount", amount, "currency", currency));
    }
}
