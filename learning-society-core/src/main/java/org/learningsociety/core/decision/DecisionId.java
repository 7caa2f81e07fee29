package org.learningsociety.core.decision;

public record DecisionId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
