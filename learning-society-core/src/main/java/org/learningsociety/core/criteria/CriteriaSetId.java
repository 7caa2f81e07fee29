package org.learningsociety.core.criteria;

public record CriteriaSetId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
