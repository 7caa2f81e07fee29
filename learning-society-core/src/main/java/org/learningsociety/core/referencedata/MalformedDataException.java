package org.learningsociety.core.referencedata;

import org.learningsociety.core.shared.LearningSocietyException;

/** A reference data file that cannot be loaded: names the file, the line and the reason. */
public class MalformedDataException extends LearningSocietyException {

    private final String file;
    private final int line;
    private final String reason;

    public MalformedDataException(String file, int line, String reason) {
        super(file + ", dòng " + line + ": " + reason);
        this.file = file;
        this.line = line;
        this.reason = reason;
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
