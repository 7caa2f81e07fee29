package org.learningsociety.core.shared;

/**
 * Who makes a change: an officer's or a citizen's login name as the host knows it, or
 * {@link #SYSTEM} for the library's own jobs. Written into the audit trail beside every change.
 */
public record Actor(String name) {

    /** The library itself (scheduled jobs, a host without a logged-in user). */
    public static final Actor SYSTEM = new Actor("system");

    public static final int MAX_LENGTH = 200;

    public Actor {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("actor", name, "Người thực hiện là bắt buộc");
        }
        name = name.strip();
        if (name.length() > MAX_LENGTH) {
            name = name.substring(0, MAX_LENGTH);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
