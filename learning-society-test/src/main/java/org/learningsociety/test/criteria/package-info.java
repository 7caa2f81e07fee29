/**
 * The households' scores the cycle tests and benchmarks give, against the family criteria set the
 * core ships: which household scores how much, the uniform scores and the evidence the set requires.
 * The indicators are read from the shipped file with the core's own reader, never listed by hand.
 */
package org.learningsociety.test.criteria;
