package io.ordercore.application.testing;

import io.ordercore.application.port.out.CardCharges;
import io.ordercore.application.port.out.GatewayApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** {@link CardCharges} that answers as told and remembers every charge asked of it. */
public final class FakeCardCharges implements CardCharges {

    /** One charge asked of the gateway. */
    public record Charge(String token, String accountId, String amount, String currency, String invoiceId) {
    }

    private final List<Charge> charges = new ArrayList<>();
    private ChargeResult next = new ChargeResult(true, Optional.of("cp-tx-1"), Optional.empty());
    private boolean unreachable;

    public synchronized void approveAs(String transactionId) {
        next = new ChargeResult(true, Optional.of(transactionId), Optional.empty());
        unreachable = false;
    }

    public synchronized void decline(String reason) {
        next = new ChargeResult(false, Optional.of("cp-declined"), Optional.of(reason));
        unreachable = false;
    }

    public synchronized void beUnreachable() {
        unreachable = true;
    }

    public synchronized List<Charge> charges() {
        return List.copyOf(charges);
    }

    @Override
    public synchronized ChargeResult chargeToken(String token, String accountId, String amount, String currency,
                                                 String invoiceId, String description) {
        charges.add(new Charge(token, accountId, amount, currency, invoiceId));
        if (unreachable) {
            throw new GatewayApiException(GATEWAY, OptionalInt.empty(), "connection refused", null);
        }
        return next;
    }

    @Override
    public synchronized RefundResult refund(String transactionId, String amount) {
        return new RefundResult(true, Optional.empty());
    }
}
