/**
 * In-memory fakes of the repositories the domain owns, with the conflict semantics of the database,
 * a {@link org.learningsociety.core.fakes.FakeTransactions} that really rolls back, and a mutable
 * {@link org.learningsociety.core.fakes.TestClock}.
 */
package org.learningsociety.core.fakes;
