/**
 * The yearly campaign of one commune and one learning model, as the workflow drives it:
 * {@code CampaignBatches} (which batches — villages, or the commune itself — officers work on, how far
 * each has come, whether one may be closed), {@code TaskTitles} (the titles officers read),
 * {@code CommuneRecognition} (one recognition decision for the whole commune), the windows' closing
 * days from the plans ({@code CycleDeadlines}) and the cycle's key ({@code CycleKey}).
 *
 * <p>Plain Java: the Camunda delegates call these services and hold no rules of their own.
 */
package org.learningsociety.core.campaign;
