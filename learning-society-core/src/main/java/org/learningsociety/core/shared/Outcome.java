package org.learningsociety.core.shared;

/** What a policy says of an action: allowed, or rejected with the field, the value and the reason. */
public sealed interface Outcome {

    Allowed ALLOWED = new Allowed();

    static Outcome allowed() {
        return ALLOWED;
    }

    static Outcome rejected(String field, Object value, String reason) {
        return new Rejected(field, value, reason);
    }

    default boolean isAllowed() {
        return this instanceof Allowed;
    }

    /** Throws the rejection as an {@link InvalidInputException}; does nothing when allowed. */
    default void orThrow() {
        if (this instanceof Rejected rejected) {
            throw new InvalidInputException(rejected.field(), rejected.value(), rejected.reason());
        }
    }

    /** Throws the rejection as a {@link ConflictException}: what it clashes with exists already. */
    default void orThrowConflict() {
        if (this instanceof Rejected rejected) {
            throw new ConflictException(ConflictException.Kind.ALREADY_EXISTS, rejected.field(), rejected.value(),
                    rejected.reason());
        }
    }

    record Allowed() implements Outcome { }

    record Rejected(String field, Object value, String reason) implements Outcome { }
}
