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

    private final String name;

    public FakeGateway() {
        this(NAME);
    }

    /** A fake under another gateway's name (e.g. cloudpayments, whose saved cards are charged). */
    public FakeGateway(String name) {
        this.name = name;
    }

    /** Like {@link #call} with a card token, as a gateway sends one with a successful payment. */
    public static Call withCardToken(Call call, String token) {
        String body = new String(call.body(), StandardCharsets.UTF_8) + ";" + token;
        return new Call(call.endpoint(), call.contentType(), call.headers(), body.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Reading read(Call call) {
        if (!"ok".equals(call.headers().get("x-signature"))) {
            return Reading.forged("bad signature");
        }
        String[] f = new String(call.body(), StandardCharsets.UTF_8).split(";", -1);
        if (f.length != 7 && f.length != 8) {
            return new Reading(true, Optional.empty(), "malformed");
        }
        return Reading.of(new Notice(Kind.valueOf(f[0]), f[1], Optional.of(f[2]).filter(s -> !s.isEmpty()),
                Optional.of(f[3]).filter(s -> !s.isEmpty()), f[4], f[5], Boolean.parseBoolean(f[6]),
                f.length == 8 ? Optional.of(f[7]) : Optional.empty()));
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
