package io.ordercore.application.testing;

import io.ordercore.application.port.out.CallResults;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.order.CallResult;
import io.ordercore.domain.shared.OrderId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** {@link CallResults} over {@link InMemoryStore}, with the SQL adapter's semantics. */
public final class InMemoryCallResults implements CallResults {

    /** What makes a reported call the same call: its order, its operator and when it started. */
    record CallKey(OrderId order, AccountId operator, Instant startedAt) {
    }

    private final InMemoryStore store;

    public InMemoryCallResults(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public boolean record(CallResult call, Instant receivedAt) {
        return store.locked(s -> {
            CallKey key = new CallKey(call.order(), call.operator(), call.startedAt());
            CallResult stored = s.calls.get(key);
            if (stored == null) {
                s.calls.put(key, call);
                return true;
            }
            if (stored.recordingUrl().isEmpty() && call.recordingUrl().isPresent()) {
                s.calls.put(key, new CallResult(stored.order(), stored.operator(), stored.startedAt(), stored.endedAt(),
                        stored.durationSeconds(), call.recordingUrl(), stored.outcome()));
            }
            return false;
        });
    }

    @Override
    public List<CallResult> forOrder(OrderId order) {
        return store.locked(s -> s.calls.values().stream().filter(c -> c.order().equals(order))
                .sorted(Comparator.comparing(CallResult::startedAt).thenComparingLong(c -> c.operator().value()))
                .toList());
    }

    @Override
    public String pageToken(OrderId order, Supplier<String> newToken) {
        return store.locked(s -> {
            String token = s.pageTokens.get(order);
            // As the SQL adapter: a few fresh tokens when one is another order's, then give up.
            for (int attempt = 0; token == null && attempt < 5; attempt++) {
                String candidate = newToken.get();
                if (!s.pageTokens.containsValue(candidate)) {
                    s.pageTokens.put(order, candidate);
                    token = candidate;
                }
            }
            if (token == null) {
                throw new IllegalStateException("no unique page token for order " + order + " after 5 attempts");
            }
            return token;
        });
    }

    @Override
    public Optional<OrderId> orderOfPage(String token) {
        return store.locked(s -> s.pageTokens.entrySet().stream().filter(e -> e.getValue().equals(token))
                .map(Map.Entry::getKey).findFirst());
    }
}
