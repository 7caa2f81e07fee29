package org.learningsociety.core.fakes;

/**
 * A fake whose whole state can be taken as an immutable value and put back: what lets
 * {@link FakeTransactions} roll back, and a test assert that a refused batch changed nothing.
 */
public interface Snapshotting {

    /** The fake's state as an immutable value with structural equality. */
    Object snapshot();

    /** Puts back a state taken by {@link #snapshot()}. */
    void restore(Object snapshot);
}
