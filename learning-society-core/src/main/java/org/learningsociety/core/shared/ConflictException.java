package org.learningsociety.core.shared;

/**
 * An action that conflicts with the current state. Its {@link Kind} tells a duplicate (with the id of
 * the record that exists already, where one is known), a change that lost a race, and a refusal by
 * the record's current state apart, so that callers need not read the Vietnamese message.
 */
public class ConflictException extends InvalidInputException {

    /** What the action clashes with. */
    public enum Kind {
        /** The record exists already (a unique key taken): sending it again will not help. */
        ALREADY_EXISTS,
        /** Someone else changed the record since it was read: reload and do it again. */
        CONCURRENT_CHANGE,
        /** The record's current state does not allow the action (proposed already, for example). */
        STATE_CONFLICT
    }

    private final Kind kind;
    private final transient Object existingId;

    /** A conflict with the record's current state ({@link Kind#STATE_CONFLICT}). */
    public ConflictException(String field, Object value, String message) {
        this(Kind.STATE_CONFLICT, field, value, message);
    }

    public ConflictException(Kind kind, String field, Object value, String message) {
        this(kind, field, value, message, null);
    }

    /**
     * @param existingId the plain id (a number, a code) of the record that exists already, or
     *                   {@code null} when not known
     */
    public ConflictException(Kind kind, String field, Object value, String message, Object existingId) {
        super(field, value, message);
        this.kind = java.util.Objects.requireNonNull(kind);
        this.existingId = existingId;
    }

    public Kind kind() {
        return kind;
    }

    /** The plain id of the record that exists already; {@code null} when unknown or not a duplicate. */
    public Object existingId() {
        return existingId;
    }
}
