package org.learningsociety.workflow.api;

/** The caller may not reach this unit: answered 403. */
public class OutOfScopeException extends RuntimeException {

    private final String field;
    private final transient Object value;

    public OutOfScopeException(String field, Object value, String message) {
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
