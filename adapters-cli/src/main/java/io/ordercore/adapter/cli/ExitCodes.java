package io.ordercore.adapter.cli;

import io.ordercore.domain.shared.DomainException;

/**
 * What {@code ordercore} returns to the shell. Domain errors map by their {@link DomainException.Kind},
 * so a new error code needs no change here.
 */
public final class ExitCodes {

    /** The command did what was asked. */
    public static final int OK = 0;
    /** Something unexpected broke (a bug, the database is gone); {@code --verbose} prints the stack trace. */
    public static final int FAILURE = 1;
    /** The command line could not be parsed, no account to act as is named, or the core refused the input (VALIDATION_FAILED). */
    public static final int USAGE = 2;
    /** An id named on the command line does not exist (NOT_FOUND). */
    public static final int NOT_FOUND = 3;
    /**
     * The request clashes with the current state (ILLEGAL_TRANSITION, ORDER_FINAL, CONCURRENT_UPDATE, EMAIL_TAKEN,
     * ADMIN_EXISTS, ORDERS_KEPT, REVIEWS_NOT_PENDING), or 'check integrity' found problems (INTEGRITY_FINDINGS).
     */
    public static final int CONFLICT = 4;
    /** Well-formed, but a business rule refuses it. */
    public static final int REFUSED = 5;
    /** The account to act as is unknown or blocked (UNAUTHENTICATED). */
    public static final int UNAUTHENTICATED = 6;
    /** The account acted as may not do this (FORBIDDEN). */
    public static final int FORBIDDEN = 7;

    /** The exit-code section of the root usage help; kept next to the constants it describes. */
    static final String[] USAGE_FOOTER = {
        "",
        "Errors go to stderr as 'error: <CODE>: <message>', then '  <field>: <message>'",
        "per field error; with --format json also as one JSON line there:",
        "  {\"code\":\"...\",\"message\":\"...\",\"errors\":[{\"field\",\"code\",\"message\"}]}",
        "",
        "Exit codes:",
        "  " + OK + "  ok",
        "  " + FAILURE + "  unexpected failure (add --verbose for the stack trace)",
        "  " + USAGE + "  usage error or invalid input (VALIDATION_FAILED); no account to act as",
        "  " + NOT_FOUND + "  not found (NOT_FOUND)",
        "  " + CONFLICT + "  conflict with the current state (ILLEGAL_TRANSITION, ORDER_FINAL,",
        "     CONCURRENT_UPDATE, ADMIN_EXISTS), or 'orders delete' kept some",
        "     orders (ORDERS_KEPT), or 'reviews approve|reject' found some",
        "     reviews not pending (REVIEWS_NOT_PENDING), or 'check integrity'",
        "     found problems (INTEGRITY_FINDINGS)",
        "  " + REFUSED + "  refused by a business rule",
        "  " + UNAUTHENTICATED + "  the account to act as is unknown or blocked (UNAUTHENTICATED)",
        "  " + FORBIDDEN + "  the account acted as may not do this (FORBIDDEN)",
    };

    private ExitCodes() {
    }

    public static int of(DomainException.Kind kind) {
        return switch (kind) {
            case INVALID -> USAGE;
            case NOT_FOUND -> NOT_FOUND;
            case CONFLICT -> CONFLICT;
            case REFUSED -> REFUSED;
            case UNAUTHENTICATED -> UNAUTHENTICATED;
            case FORBIDDEN -> FORBIDDEN;
        };
    }
}
