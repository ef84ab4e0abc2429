package io.ordercore.domain.earning;

/** Why an operator's earnings moved. */
public enum EarningKind {
    /** The operator's tariff fee for a completed order (positive). */
    FEE,
    /** A fine equal to the tariff fee, when an administrator removes the operator from an order (negative). */
    PENALTY
}
