package io.ordercore.archfixture.adapter.web;

import jakarta.inject.Inject;

/** Field injection, a generic exception and System.out in one place. */
public class BadHabits {
    @Inject
    public Object injected;

    public void fail() {
        System.out.println("failing");
        throw new RuntimeException("generic");
    }
}
