/**
 * Which database the library's tables live in, among the host's: the {@link
 * org.learningsociety.workflow.database.LearningSocietyDatabase} the persistence and the core's units of
 * work run on (a DataSource named or qualified {@code learningSocietyDataSource}, else the engine's
 * {@code camundaBpmDataSource}, else the host's only or {@code @Primary} one), and the start-up check
 * that it is the engine's own ({@link org.learningsociety.workflow.database.EngineDatabaseCheck}), so
 * that the library's writes stay inside the engine's transactions.
 */
package org.learningsociety.workflow.database;
