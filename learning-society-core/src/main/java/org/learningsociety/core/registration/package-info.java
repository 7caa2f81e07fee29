/**
 * A subject's year (the aggregate {@code Registration}): registered, self-assessed, verified,
 * recognised by a decision or not, a recognition revoked. One use case a class —
 * {@code Registering}, {@code SelfAssessing}, {@code Verifying}, {@code Recognising},
 * {@code RevokingRecognition} — over {@code YearlyRecords}, which reads a registration and changes a
 * batch of them in one transaction, audited, its events published after it. The rules are named
 * policies in {@code RegistrationPolicies}; state changes are methods that enforce them and return
 * events.
 */
package org.learningsociety.core.registration;
