package org.learningsociety.core.shared;

import java.util.function.Supplier;

/**
 * Runs a unit of work atomically: all of its writes land, or none does. Application services
 * wrap every change in it, so that refused input leaves nothing half-written.
 */
@FunctionalInterface
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
