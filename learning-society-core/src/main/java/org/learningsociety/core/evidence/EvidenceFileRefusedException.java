package org.learningsociety.core.evidence;

import org.learningsociety.core.shared.InvalidInputException;

/** An evidence file refused before anything of it was stored, with why ({@link Reason}). */
public class EvidenceFileRefusedException extends InvalidInputException {

    /** Why a file was refused: an API answers {@code TOO_LARGE} and {@code WRONG_TYPE} with their own statuses. */
    public enum Reason { EMPTY, TOO_LARGE, WRONG_TYPE, BAD_NAME }

    private final Reason reason;

    public EvidenceFileRefusedException(Reason reason, String field, Object value, String message) {
        super(field, value, message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
