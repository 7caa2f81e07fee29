/**
 * Criteria sets (Bộ tiêu chí): versioned per model, criteria made of indicators with maximum points
 * and evidence requirements, and the classification rule that earns the title.
 */
package org.learningsociety.core.criteria;
