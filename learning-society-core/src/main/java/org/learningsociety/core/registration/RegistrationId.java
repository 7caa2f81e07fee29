package org.learningsociety.core.registration;

public record RegistrationId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
