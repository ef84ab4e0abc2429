package io.ordercore.application.port.out;

import java.util.function.Supplier;

/**
 * Runs work atomically: everything the work writes through other ports commits together or not
 * at all. Use cases call it explicitly, so what is atomic is visible where the rule lives.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
