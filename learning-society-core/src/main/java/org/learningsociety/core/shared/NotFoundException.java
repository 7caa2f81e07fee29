package org.learningsociety.core.shared;

/** Something looked up by a key that does not exist (on the date asked, where dates matter). */
public class NotFoundException extends InvalidInputException {

    public NotFoundException(String field, Object value, String message) {
        super(field, value, message);
    }
}
