package org.learningsociety.workflow.database;

/**
 * The library's DataSource is not the engine's, and the host has not said it knows: the library's
 * writes would leave the engine's transactions and their guarantees after a crash.
 */
public class SeparateDatabaseException extends IllegalStateException {

    private final String libraryDataSource;

    public SeparateDatabaseException(String libraryDataSource, String message) {
        super(message);
        this.libraryDataSource = libraryDataSource;
    }

    /** The bean name of the library's DataSource. */
    public String libraryDataSource() {
        return libraryDataSource;
    }
}
