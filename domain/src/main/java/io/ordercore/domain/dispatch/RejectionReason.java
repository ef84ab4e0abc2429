package io.ordercore.domain.dispatch;

/** Why dispatch passed over an operator; the hard filters, in the order they are reported. */
public enum RejectionReason {
    /** The operator is paused or frozen. */
    NOT_ACTIVE,
    /** The call type requires the other gender. */
    GENDER,
    /** The operator lacks a talent the call type marks critical. */
    MISSING_CRITICAL_TALENT,
    /** The operator already refused or timed out on this order. */
    REFUSED_BEFORE,
    /** The operator holds as many active orders as their capacity allows. */
    AT_CAPACITY,
    /** The call window is not inside the operator's working hours. */
    OUTSIDE_WORKING_HOURS
}
