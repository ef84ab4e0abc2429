package io.ordercore.domain.account;

import io.ordercore.domain.workflow.ActorKind;

/** What an account may do; scoping rules in the application layer are written against these. */
public enum Role {
    /** Places orders and sees only their own; belongs to one point. */
    CLIENT,
    /** Fulfils orders proposed or assigned to them. */
    OPERATOR,
    /** Manages one point: its clients, orders and managers. */
    POINT_MANAGER,
    /** Manages all points and assigns their managers; may act as another user. */
    SUPERVISOR,
    /** Sees all clients, points and managers. */
    SITE_MANAGER,
    /** Everything. */
    ADMIN,
    /** Brings clients through a referral code and earns a commission on what they pay; sees no orders. */
    PARTNER;

    /** Whether accounts of this role belong to exactly one point (others belong to none). */
    public boolean belongsToAPoint() {
        return this == CLIENT || this == POINT_MANAGER;
    }

    /** Staff who see every point's data. */
    public boolean seesAllPoints() {
        return this == SUPERVISOR || this == SITE_MANAGER || this == ADMIN;
    }

    /** The kind of actor an account of this role is in workflow tables. */
    public ActorKind actorKind() {
        return switch (this) {
            case CLIENT -> ActorKind.CLIENT;
            case OPERATOR -> ActorKind.OPERATOR;
            case POINT_MANAGER, SUPERVISOR, SITE_MANAGER -> ActorKind.MANAGER;
            case ADMIN -> ActorKind.ADMIN;
            case PARTNER -> ActorKind.PARTNER;
        };
    }
}
