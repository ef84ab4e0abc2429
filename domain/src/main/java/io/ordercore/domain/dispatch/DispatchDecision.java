package io.ordercore.domain.dispatch;

import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.shared.OrderId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What dispatch decided for an order and why: the chosen operator (empty when nobody qualifies,
 * and the order waits), the best eligible operators in rank order and the passed-over ones in
 * operator-id order. Both lists may be cut at {@link DispatchPolicy#MAX_EXPLAINED}; the totals
 * count everyone.
 *
 * @param considered how many candidates were looked at: {@code rankedTotal + rejectedTotal}
 */
public record DispatchDecision(OrderId order, Optional<AccountId> chosen, int considered, List<Score> ranked,
                               int rankedTotal, List<Rejection> rejected, int rejectedTotal) {

    public DispatchDecision {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(chosen, "chosen");
        ranked = List.copyOf(ranked);
        rejected = List.copyOf(rejected);
        if (rankedTotal < ranked.size() || rejectedTotal < rejected.size() || considered != rankedTotal + rejectedTotal) {
            throw new IllegalArgumentException("totals do not add up: considered " + considered + ", ranked "
                    + ranked.size() + " of " + rankedTotal + ", rejected " + rejected.size() + " of " + rejectedTotal);
        }
        // The chosen one is always the top of the ranking, so the explanation can never contradict the choice.
        Optional<AccountId> top = ranked.isEmpty() ? Optional.empty() : Optional.of(ranked.get(0).operator());
        if (!chosen.equals(top) || (rankedTotal == 0) != ranked.isEmpty()) {
            throw new IllegalArgumentException("the chosen operator must be rank 1 of the ranking");
        }
    }

    /** A multi-line account of the decision, for logs and the admin screen. */
    public String explain() {
        StringBuilder text = new StringBuilder();
        text.append("Order ").append(order).append(": ").append(considered).append(" operators considered, ")
                .append(rankedTotal).append(" eligible, ").append(rejectedTotal).append(" rejected.\n");
        text.append(chosen.map(id -> "Chosen: operator " + id + ".\n")
                .orElse("Chosen: none, no candidate: the order waits for an operator.\n"));
        if (!ranked.isEmpty()) {
            text.append("Ranked:\n");
            for (Score s : ranked) {
                text.append("  ").append(s.rank()).append(". operator ").append(s.operator())
                        .append(": preferred gender ").append(s.preferredGender() ? "yes" : "no")
                        .append(", talent matches ").append(s.talentMatches())
                        .append(", rating ").append(s.rating())
                        .append(", active orders ").append(s.activeOrders())
                        .append(", last assigned ").append(s.lastAssignedAt().map(Object::toString).orElse("never"))
                        .append('\n');
            }
            appendMore(text, rankedTotal - ranked.size());
        }
        if (!rejected.isEmpty()) {
            text.append("Rejected:\n");
            for (Rejection r : rejected) {
                text.append("  operator ").append(r.operator()).append(": ").append(r.reasons())
                        .append(" (").append(r.detail()).append(")\n");
            }
            appendMore(text, rejectedTotal - rejected.size());
        }
        return text.toString();
    }

    private static void appendMore(StringBuilder text, int left) {
        if (left > 0) {
            text.append("  ... and ").append(left).append(" more\n");
        }
    }
}
