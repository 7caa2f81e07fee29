package org.learningsociety.core.subject;

public record SubjectId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
