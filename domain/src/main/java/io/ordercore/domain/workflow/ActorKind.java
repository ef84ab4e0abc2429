package io.ordercore.domain.workflow;

/** Who may trigger a transition; a workflow table grants each move to some of these. */
public enum ActorKind {
    /** The client who placed the order. */
    CLIENT,
    /** The operator (performer) the order is proposed or assigned to. */
    OPERATOR,
    /** A point manager or supervisor acting on orders of their scope. */
    MANAGER,
    /** An administrator (admin center, admin CLI). */
    ADMIN,
    /** A partner: no workflow grants them any move. */
    PARTNER,
    /** ordercore itself: payment notifications, dispatch, schedulers, telephony callbacks. */
    SYSTEM
}
