/**
 * Reports up the hierarchy: a level's yearly report and its 2021–2025 and 2021–2030 reviews, built
 * from attainment; their states (draft, submitted, approved, sent back, missing), completeness and
 * timeliness; the deadlines the plans set; the honouring congress's proposals.
 */
package org.learningsociety.core.report;
