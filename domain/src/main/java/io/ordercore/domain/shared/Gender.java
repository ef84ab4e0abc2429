package io.ordercore.domain.shared;

/** A person's gender, as operators declare it. */
public enum Gender {
    MALE,
    FEMALE
}
