package org.learningsociety.workflow.database;

/**
 * The library's DataSource is not the engine's, and the host has not said it knows: the library's
 * writes would leave the engine's transactions and their guarantees after a crash. Its message says
 * what is wrong, then what to do.
 */
public class SeparateDatabaseException extends IllegalStateException {

    private final String libraryDataSource;
    private final String problem;

    public SeparateDatabaseException(String libraryDataSource, String problem, String remedy) {
        super(problem + " " + remedy);
        this.libraryDataSource = libraryDataSource;
        this.problem = problem;
    }

    /** The bean name of the library's DataSource. */
    public String libraryDataSource() {
        return libraryDataSource;
    }

    /** What is wrong, without what to do. */
    public String problem() {
        return problem;
    }
}
