package org.learningsociety.core.unit;

/** The identity of a unit across its versions; records point at it, never at a code. */
public record UnitId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
