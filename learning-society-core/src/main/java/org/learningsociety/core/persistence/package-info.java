/**
 * The MyBatis persistence of the core: the repositories the domain defines, implemented on one
 * portable schema (H2, PostgreSQL) that SchemaMigrations migrates with its own history table
 * ({@code ls_schema_history}). {@link org.learningsociety.core.persistence.MyBatisPersistence} is
 * the only public type; everything else is package-private. Writes are batched and reads grouped,
 * for a country of 27 million households.
 */
package org.learningsociety.core.persistence;
