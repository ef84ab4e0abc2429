package io.ordercore.application.payment;

import static io.ordercore.application.payment.PaymentFixture.kopecks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercore.application.port.in.Caller;
import io.ordercore.domain.ledger.Cause;
import io.ordercore.domain.ledger.LedgerEntry;
import io.ordercore.domain.shared.DomainException;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.RefusedException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Points only move between clients, never appear or vanish: a few hundred random transfers
 * (refusals included) keep the total, never take a balance below zero, and leave every movement
 * as two entries summing to zero.
 */
class LedgerConservationTest {

    private static final int CLIENTS = 10;
    private static final int TRANSFERS = 400;

    private final PaymentFixture f = new PaymentFixture();

    @Test
    void randomTransfersKeepTheTotalAndNeverGoNegative() {
        List<Caller.SignedIn> clients = IntStream.range(0, CLIENTS)
                .mapToObj(i -> f.newClient("c" + i + "@example.com")).toList();
        Random random = new Random(20261123L);
        long[] expected = new long[CLIENTS];
        for (int i = 0; i < CLIENTS; i++) {
            expected[i] = 1 + random.nextInt(50_000);
            f.credit(clients.get(i), expected[i]);
        }
        long total = Arrays.stream(expected).sum();
        int done = 0;
        int refused = 0;

        for (int t = 0; t < TRANSFERS; t++) {
            int from = random.nextInt(CLIENTS);
            int to = (from + 1 + random.nextInt(CLIENTS - 1)) % CLIENTS;
            // Mostly affordable, sometimes the whole balance, sometimes a little too much.
            long amount = switch (random.nextInt(10)) {
                case 0 -> expected[from] + 1 + random.nextInt(1_000);
                case 1 -> Math.max(expected[from], 1);
                default -> 1 + random.nextInt((int) Math.max(expected[from], 1));
            };
            String toEmail = "c" + to + "@example.com";
            if (amount > expected[from]) {
                assertThatThrownBy(() -> f.core.balance().transfer(clients.get(from), toEmail, amount))
                        .as("transfer %d: %d of %d", t, amount, expected[from])
                        .isInstanceOfSatisfying(RefusedException.class,
                                e -> assertThat(e.code()).isEqualTo("INSUFFICIENT_BALANCE"));
                refused++;
            } else {
                Money mine = f.core.balance().transfer(clients.get(from), toEmail, amount);
                expected[from] -= amount;
                expected[to] += amount;
                assertThat(mine).as("transfer %d", t).isEqualTo(kopecks(expected[from]));
                done++;
            }
            long sum = 0;
            for (int i = 0; i < CLIENTS; i++) {
                Money points = f.points(clients.get(i));
                assertThat(points.minor()).as("client %d after transfer %d", i, t).isEqualTo(expected[i])
                        .isGreaterThanOrEqualTo(0);
                sum += points.minor();
            }
            assertThat(sum).as("the total after transfer %d", t).isEqualTo(total);
        }

        assertThat(done).as("enough transfers went through").isGreaterThan(TRANSFERS / 2);
        assertThat(refused).as("and some were refused").isPositive();
        List<LedgerEntry> entries = f.allEntries(clients.toArray(Caller.SignedIn[]::new));
        Map<String, List<LedgerEntry>> byMovement = entries.stream()
                .collect(Collectors.groupingBy(LedgerEntry::movementKey));
        assertThat(byMovement).hasSize(CLIENTS + done);
        assertThat(byMovement).allSatisfy((key, sides) -> {
            assertThat(sides).as(key).hasSize(2);
            assertThat(sides.stream().mapToLong(e -> e.amount().minor()).sum()).as(key).isZero();
            assertThat(sides).extracting(LedgerEntry::cause).as(key).containsOnly(sides.get(0).cause());
        });
        assertThat(entries).filteredOn(e -> e.cause() == Cause.TRANSFER).hasSize(2 * done);
        assertThat(f.core.payments().checkIntegrity(f.admin).consistent()).isTrue();
    }

    @Test
    void eachClientsEntriesAddUpToTheirBalance() {
        List<Caller.SignedIn> clients = IntStream.range(0, 3).mapToObj(i -> f.newClient("d" + i + "@example.com")).toList();
        clients.forEach(c -> f.credit(c, 10_000));
        Random random = new Random(7);
        Map<Integer, Long> moved = new HashMap<>();
        for (int t = 0; t < 60; t++) {
            int from = random.nextInt(3);
            int to = (from + 1 + random.nextInt(2)) % 3;
            try {
                f.core.balance().transfer(clients.get(from), "d" + to + "@example.com", 1L + random.nextInt(4_000));
                moved.merge(from, 1L, Long::sum);
            } catch (DomainException e) {
                assertThat(e.code()).isEqualTo("INSUFFICIENT_BALANCE");
            }
        }

        List<Money> fromEntries = new ArrayList<>();
        for (Caller.SignedIn c : clients) {
            Money sum = f.entries(c).stream().map(LedgerEntry::amount).reduce(kopecks(0), Money::plus);
            assertThat(sum).isEqualTo(f.points(c)).matches(m -> !m.isNegative());
            fromEntries.add(sum);
        }
        assertThat(fromEntries.stream().map(Money::minor).mapToLong(Long::longValue).sum()).isEqualTo(30_000);
        assertThat(moved).isNotEmpty();
    }
}
