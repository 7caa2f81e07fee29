/**
 * The yearly campaign of one commune and one learning model, as the workflow drives it: which
 * batches (villages, or the commune itself) officers work on, how far each batch has come, the
 * task titles officers read, whether a batch may be closed, and the per-commune steps that act
 * on many subjects at once (one recognition decision, the commendation proposals).
 *
 * <p>Plain Java: the Camunda delegates call these services and hold no rules of their own.
 */
package org.learningsociety.core.campaign;
