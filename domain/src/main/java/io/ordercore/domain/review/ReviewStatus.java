package io.ordercore.domain.review;

/** Reviews wait for moderation; only approved ones are published and move the rating. */
public enum ReviewStatus {
    PENDING,
    APPROVED,
    REJECTED
}
