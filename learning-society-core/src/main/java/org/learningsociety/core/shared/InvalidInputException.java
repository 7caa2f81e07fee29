package org.learningsociety.core.shared;

/** Input that breaks a rule of the domain; names the field and the value it refuses. */
public class InvalidInputException extends LearningSocietyException {

    private final String field;
    private final transient Object value;

    public InvalidInputException(String field, Object value, String message) {
        super(message + " (trường: " + field + ", giá trị: " + value + ")");
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
