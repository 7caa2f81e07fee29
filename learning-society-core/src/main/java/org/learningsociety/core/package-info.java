/**
 * The domain of Vietnam's lifelong-learning programme: administrative units, learning models and
 * their subjects, plans and targets, criteria sets, a subject's yearly record and attainment.
 * Plain Java: only {@code persistence} knows MyBatis.
 */
package org.learningsociety.core;
