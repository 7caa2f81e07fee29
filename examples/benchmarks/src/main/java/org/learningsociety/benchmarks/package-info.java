/** Benchmarks: each a command that prints its figures; docs/benchmarks.md holds the latest. */
package org.learningsociety.benchmarks;
