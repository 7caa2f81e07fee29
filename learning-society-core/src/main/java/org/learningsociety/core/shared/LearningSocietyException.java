package org.learningsociety.core.shared;

/**
 * The root of the library's errors. Messages are in Vietnamese: they reach officers and citizens
 * through Tasklist and the REST API's problem details.
 */
public abstract class LearningSocietyException extends RuntimeException {

    protected LearningSocietyException(String message) {
        super(message);
    }
}
