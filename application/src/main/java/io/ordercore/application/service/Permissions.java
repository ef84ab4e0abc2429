package io.ordercore.application.service;

import io.ordercore.application.port.in.AccessDeniedException;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.UnauthenticatedException;
import io.ordercore.domain.account.Role;
import java.util.Arrays;

/** Who may call what. System callers (trusted host code) may do everything. */
final class Permissions {

    private Permissions() {
    }

    /** Refuses visitors and signed-in callers of other roles. */
    static void require(Caller caller, Role... roles) {
        if (caller instanceof Caller.SignedIn s) {
            if (!s.has(roles)) {
                throw new AccessDeniedException("This needs the role " + describe(roles) + "; you are " + s.role());
            }
        } else if (caller instanceof Caller.Anonymous) {
            throw UnauthenticatedException.signInRequired();
        }
        // Caller.System: trusted host code
    }

    /** The signed-in caller; visitors and system callers are refused (the use case is about "me"). */
    static Caller.SignedIn signedIn(Caller caller) {
        if (caller instanceof Caller.SignedIn s) {
            return s;
        }
        if (caller instanceof Caller.Anonymous) {
            throw UnauthenticatedException.signInRequired();
        }
        throw new AccessDeniedException("This is for signed-in users");
    }

    static boolean isStaffSeeingEverything(Caller caller) {
        return caller instanceof Caller.System
                || caller instanceof Caller.SignedIn s && s.role().seesAllPoints();
    }

    private static String describe(Role... roles) {
        return roles.length == 1 ? roles[0].name() : "one of " + Arrays.toString(roles);
    }
}
