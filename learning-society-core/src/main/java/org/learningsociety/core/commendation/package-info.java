/**
 * Commendations (khen thưởng) of recognised subjects: a commune's recognised subjects proposed by
 * the eligibility rule ({@code ProposingCommendations}, {@code CommendationEligibility}), then approved
 * by the emulation board with a decision or refused ({@code CommendationService}). Rules it owns
 * ({@code CommendationPolicies}): only a recognised year is proposed, one open proposal per year, a
 * refusal gives its reason.
 */
package org.learningsociety.core.commendation;
