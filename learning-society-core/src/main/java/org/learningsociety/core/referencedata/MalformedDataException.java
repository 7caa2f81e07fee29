package org.learningsociety.core.referencedata;

import org.learningsociety.core.shared.LearningSocietyException;

/** A reference data file that cannot be loaded: names the file, the line and the reason. */
public class MalformedDataException extends LearningSocietyException {

    private final String file;
    private final int line;
    private final String reason;
    private final String field;

    public MalformedDataException(String file, int line, String reason) {
        this(file, line, reason, null);
    }

    /** @param field the refused field's path in the file ({@code milestones[2].to}), {@code null} when none */
    public MalformedDataException(String file, int line, String reason, String field) {
        super(file + ", dòng " + line + ": " + reason + (field == null ? "" : " (trường: " + field + ")"));
        this.file = file;
        this.line = line;
        this.reason = reason;
        this.field = field;
    }

    /** The refused field's path in the file ({@code targets[0].value}), {@code null} for the file as a whole. */
    public String field() {
        return field;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
