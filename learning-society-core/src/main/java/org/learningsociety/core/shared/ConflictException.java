package org.learningsociety.core.shared;

/** An action that conflicts with the current state: a duplicate, or a change that lost a race. */
public class ConflictException extends InvalidInputException {

    public ConflictException(String field, Object value, String message) {
        super(field, value, message);
    }
}
