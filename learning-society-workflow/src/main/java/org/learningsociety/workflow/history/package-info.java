/**
 * How long the engine keeps its history, and how much of it: the starter's defaults for a national
 * deployment (history level {@code audit} on a new database, removal-time-based cleanup in a night window,
 * {@link org.learningsociety.workflow.history.HistoryDefaults}, an engine plugin), each of which steps aside
 * for a host's own Camunda setting. Wired by {@link org.learningsociety.workflow.history.HistoryAutoConfiguration};
 * documented in docs/reliability.md ("History the engine keeps") and docs/upgrading.md.
 */
package org.learningsociety.workflow.history;
