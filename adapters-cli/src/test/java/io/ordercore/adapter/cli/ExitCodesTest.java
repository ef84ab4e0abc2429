package io.ordercore.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercore.application.port.out.ConcurrentUpdateException;
import io.ordercore.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

/** Every exit code, and the shape of what goes to stderr with it. */
class ExitCodesTest {

    private final TestCore t = new TestCore();

    @Test
    void okIsZeroWithNothingOnStderr() {
        CliRun run = t.run("catalog", "category", "create", "Birthdays");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK).isZero();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void anUnexpectedFailureIsOneWithoutAStackTrace() {
        CliRun run = CliRun.run(() -> {
            throw new IllegalStateException("database is down");
        }, "orders", "show", "1");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("""
                error: INTERNAL_ERROR: IllegalStateException: database is down
                (run again with --verbose to see the stack trace)
                """);
    }

    @Test
    void verbosePrintsTheStackTraceOfAnUnexpectedFailure() {
        CliRun run = CliRun.run(() -> {
            throw new IllegalStateException("database is down");
        }, "orders", "show", "1", "--verbose");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.err()).startsWith("""
                error: INTERNAL_ERROR: IllegalStateException: database is down
                java.lang.IllegalStateException: database is down
                \tat\s""");
    }

    @Test
    void verboseAlsoWorksBeforeTheGroup() {
        CliRun run = CliRun.run(() -> {
            throw new IllegalStateException("database is down");
        }, "--verbose", "orders", "show", "1");

        assertThat(run.err()).contains("java.lang.IllegalStateException: database is down");
        CliRun between = CliRun.run(() -> {
            throw new IllegalStateException("database is down");
        }, "orders", "--verbose", "show", "1");
        assertThat(between.err()).contains("java.lang.IllegalStateException: database is down");
    }

    @Test
    void anUnexpectedFailureWithJsonFormatIsAlsoJson() {
        CliRun run = CliRun.run(() -> {
            throw new IllegalStateException("database is down");
        }, "orders", "show", "1", "--format", "json");

        assertThat(run.errorJson().get("code").asText()).isEqualTo("INTERNAL_ERROR");
        assertThat(run.errorJson().get("message").asText()).isEqualTo("IllegalStateException: database is down");
    }

    @Test
    void invalidInputIsTwoWithOneLinePerField() {
        CliRun run = t.run("catalog", "category", "create", " ");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("""
                error: VALIDATION_FAILED: Invalid input
                  name: is required
                """);
    }

    @Test
    void invalidInputWithJsonFormatIsAlsoJsonWithEveryFieldError() {
        CliRun run = t.run("catalog", "category", "create", " ", "--format", "json");

        assertThat(run.err()).startsWith("""
                error: VALIDATION_FAILED: Invalid input
                  name: is required
                {"code":"VALIDATION_FAILED","message":"Invalid input","errors":[""");
        var json = run.errorJson();
        assertThat(json.get("errors").get(0).get("field").asText()).isEqualTo("name");
        assertThat(json.get("errors").get(0).get("code").asText()).isEqualTo("REQUIRED");
        assertThat(json.get("errors").get(0).get("message").asText()).isEqualTo("is required");
    }

    @Test
    void anUnknownIdIsThree() {
        CliRun run = t.run("orders", "show", "99");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_FOUND).isEqualTo(3);
        assertThat(run.err()).isEqualTo("error: NOT_FOUND: Order 99 not found\n");
    }

    @Test
    void aNonPositiveIdIsNotFoundToo() {
        assertThat(t.run("orders", "show", "0").exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(t.run("catalog", "category", "rename", "-1", "x").exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(t.run("catalog", "call-type", "update", "0", "--name", "x").exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(t.run("catalog", "priority", "set", "0").exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
    }

    @Test
    void anIllegalTransitionIsFourAndNeverAStackTrace() {
        t.withCallType().place();

        CliRun run = t.run("orders", "set-status", "1", "COMPLETED", "--reason", "done", "--verbose");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CONFLICT).isEqualTo(4);
        assertThat(run.err()).isEqualTo("error: ILLEGAL_TRANSITION: Order in status UNPAID cannot move to COMPLETED"
                + " (allowed: [PAID, CANCELLED, ERROR])\n");
    }

    @Test
    void aFinalOrderIsFour() {
        t.withCallType().place();
        t.run("orders", "set-status", "1", "cancelled", "--reason", "client asked");

        CliRun run = t.run("orders", "set-window", "1", "--date", "2026-11-26", "--from", "10:00", "--to", "11:00");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CONFLICT);
        assertThat(run.err()).isEqualTo("error: ORDER_FINAL: Order 1 is CANCELLED and can no longer be changed\n");
    }

    @Test
    void aConcurrentUpdateIsFour() {
        t.withCallType().place();

        CliRun run = CliRun.run(t.failingWith(() -> new ConcurrentUpdateException("Order 1")),
                "orders", "set-status", "1", "cancelled", "--reason", "x", "--format", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CONFLICT);
        assertThat(run.err()).startsWith("error: CONCURRENT_UPDATE: Order 1 was changed by someone else at the same time;"
                + " reload and retry\n");
        assertThat(run.errorJson().get("code").asText()).isEqualTo("CONCURRENT_UPDATE");
    }

    @Test
    void aRefusalIsFive() {
        CliRun run = CliRun.run(t.failingWith(() -> new DomainException(DomainException.Kind.REFUSED,
                "NO_OPERATOR_AVAILABLE", "no operator can take this call") {
        }), "catalog", "category", "create", "Birthdays");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED).isEqualTo(5);
        assertThat(run.err()).isEqualTo("error: NO_OPERATOR_AVAILABLE: no operator can take this call\n");
    }

    @Test
    void kindsMapToExitCodes() {
        assertThat(ExitCodes.of(DomainException.Kind.INVALID)).isEqualTo(2);
        assertThat(ExitCodes.of(DomainException.Kind.NOT_FOUND)).isEqualTo(3);
        assertThat(ExitCodes.of(DomainException.Kind.CONFLICT)).isEqualTo(4);
        assertThat(ExitCodes.of(DomainException.Kind.REFUSED)).isEqualTo(5);
        assertThat(ExitCodes.of(DomainException.Kind.UNAUTHENTICATED)).isEqualTo(6);
        assertThat(ExitCodes.of(DomainException.Kind.FORBIDDEN)).isEqualTo(7);
    }

    @Test
    void anUnknownAccountToActAsIsSix() {
        CliRun run = t.run("--as", "ghost@example.com", "orders", "list", "--format", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.UNAUTHENTICATED).isEqualTo(6);
        assertThat(run.out()).isEmpty();
        assertThat(run.errorJson().get("code").asText()).isEqualTo("INVALID_CREDENTIALS");
    }

    @Test
    void aForbiddenActionIsSeven() {
        t.memory.signedIn(io.ordercore.domain.account.Role.OPERATOR, "olga@example.com");

        CliRun run = t.run("--as", "olga@example.com", "catalog", "talent", "create", "Bass");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FORBIDDEN).isEqualTo(7);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("error: FORBIDDEN: This needs the role ");
    }
}
