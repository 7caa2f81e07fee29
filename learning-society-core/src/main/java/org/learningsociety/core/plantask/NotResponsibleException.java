package org.learningsociety.core.plantask;

import org.learningsociety.core.shared.LearningSocietyException;

/** The caller does not answer for the body whose task item it tried to change (the REST API answers 403). */
public class NotResponsibleException extends LearningSocietyException {

    private final String field;
    private final transient Object value;

    public NotResponsibleException(String field, Object value, String message) {
        super(message);
        this.field = field;
        this.value = value;
    }

    public String field() {
        return field;
    }

    public Object value() {
        return value;
    }
}
