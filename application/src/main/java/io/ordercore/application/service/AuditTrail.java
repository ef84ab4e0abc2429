package io.ordercore.application.service;

import io.ordercore.application.port.in.AuditEntry;
import io.ordercore.application.port.in.AuditEntry.Outcome;
import io.ordercore.application.port.in.AuditEntry.Party;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.out.AuditLog;
import io.ordercore.application.port.out.Transactions;
import io.ordercore.domain.shared.DomainException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs a state-changing action and records it in the audit log. A successful action and its
 * record commit together; a refused or failed one is recorded in a transaction of its own (the
 * action's own changes roll back), so every attempt leaves a trace.
 */
final class AuditTrail {

    private final AuditLog log;
    private final Transactions transactions;
    private final Clock clock;

    AuditTrail(AuditLog log, Transactions transactions, Clock clock) {
        this.log = log;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** An action on a target known beforehand ({@code order:42}). */
    <T> T record(Caller caller, String action, String target, Supplier<T> work) {
        return record(caller, action, result -> target, target, work);
    }

    /** An action whose target is known only from its result (a created thing). */
    <T> T record(Caller caller, String action, Function<T, String> targetOf, String targetIfRefused, Supplier<T> work) {
        return recordEach(caller, action, result -> List.of(targetOf.apply(result)), targetIfRefused, work);
    }

    /**
     * An action on several targets known from its result (a bulk delete): one entry per target,
     * or one for {@code targetIfRefused} when the result names none.
     */
    <T> T recordEach(Caller caller, String action, Function<T, List<String>> targetsOf, String targetIfRefused,
                     Supplier<T> work) {
        try {
            return transactions.inTransaction(() -> {
                T result = work.get();
                List<String> targets = targetsOf.apply(result);
                for (String target : targets.isEmpty() ? List.of(targetIfRefused) : targets) {
                    log.append(draft(caller, action, target, Outcome.OK, Optional.empty()));
                }
                return result;
            });
        } catch (DomainException e) {
            appendAlone(draft(caller, action, targetIfRefused, Outcome.REFUSED, Optional.of(e.code())), e);
            throw e;
        } catch (RuntimeException e) {
            appendAlone(draft(caller, action, targetIfRefused, Outcome.FAILED, Optional.of("INTERNAL_ERROR")), e);
            throw e;
        }
    }

    void record(Caller caller, String action, String target, Runnable work) {
        record(caller, action, target, () -> {
            work.run();
            return null;
        });
    }

    /**
     * Records an attempt refused before its action's transaction began: checking a password counts a
     * failure in a transaction of its own, which must not be nested in (and rolled back with) the action's.
     */
    void refused(Caller caller, String action, String target, DomainException cause) {
        appendAlone(draft(caller, action, target, Outcome.REFUSED, Optional.of(cause.code())), cause);
    }

    private void appendAlone(AuditEntry.Draft entry, RuntimeException cause) {
        try {
            transactions.inTransaction(() -> log.append(entry));
        } catch (RuntimeException auditFailure) {
            if (auditFailure != cause) {
                cause.addSuppressed(auditFailure); // the caller's error matters more; the cause keeps both
            }
        }
    }

    private AuditEntry.Draft draft(Caller caller, String action, String target, Outcome outcome, Optional<String> code) {
        Optional<Party> impersonator = caller instanceof Caller.SignedIn s
                ? s.impersonator().map(i -> new Party(Optional.of(i.id()), i.email().value(), Optional.of(i.role())))
                : Optional.empty();
        return new AuditEntry.Draft(clock.instant().truncatedTo(ChronoUnit.MICROS), Party.of(caller), impersonator,
                action, target, outcome, code);
    }
}
