package org.learningsociety.core.registration;

public record DecisionId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
