package io.ordercore.domain.shared;

/**
 * Which operator gender a call type requires (a hard rule) or a client prefers (a wish).
 */
public enum OperatorGender {
    /** No constraint: any operator will do. */
    ANY,
    /** Only (or preferably) a male operator. */
    MALE,
    /** Only (or preferably) a female operator. */
    FEMALE;

    /** Whether an operator of {@code gender} satisfies this requirement. */
    public boolean admits(Gender gender) {
        return this == ANY || name().equals(gender.name());
    }
}
