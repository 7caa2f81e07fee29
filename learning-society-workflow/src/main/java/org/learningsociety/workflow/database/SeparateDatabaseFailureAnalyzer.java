package org.learningsociety.workflow.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a {@link SeparateDatabaseException} as Spring Boot prints a failed start: what, then what to do. */
class SeparateDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<SeparateDatabaseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SeparateDatabaseException cause) {
        return new FailureAnalysis(cause.problem(), "Give the library the engine's DataSource: name or @Qualifier(\""
                + LearningSocietyDatabase.DATA_SOURCE + "\") the DataSource the engine runs on (its \""
                + LearningSocietyDatabase.ENGINE_DATA_SOURCE + "\", else the application's @Primary one), with a"
                + " transaction manager on it named \"" + LearningSocietyDatabase.TRANSACTION_MANAGER + "\" if it is"
                + " not the @Primary one. Or, if the library's tables must live apart and you accept that its writes"
                + " leave the engine's transactions, set " + EngineDatabaseCheck.SEPARATE_FROM_ENGINE + "=true.",
                cause);
    }
}
