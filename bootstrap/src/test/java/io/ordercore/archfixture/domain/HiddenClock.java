package io.ordercore.archfixture.domain;

import java.time.Instant;

/** Breaks the no-hidden-clocks rule. */
public class HiddenClock {
    public Instant now() {
        return Instant.now();
    }
}
