package org.learningsociety.core.membership;

public record MembershipId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
