/**
 * Decisions (quyết định) recognising subjects or awarding a commendation: {@code Decision} (number,
 * date, signer, issuing unit; never changed once issued), {@code NewDecision} as an officer enters it,
 * the forms of commendation a decision awards, the repository {@code Decisions}. Rules it owns
 * ({@code DecisionPolicies}): a decision's number is used once per issuing unit and year; a decision
 * is dated no earlier than its year; a commendation decision names its form.
 */
package org.learningsociety.core.decision;
