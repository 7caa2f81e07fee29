package org.learningsociety.core.commendation;

public record CommendationId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
