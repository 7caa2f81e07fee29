/**
 * Where uploaded evidence files live: the file-system
 * {@link org.learningsociety.core.evidence.EvidenceStore} (one folder per registration) and the
 * schedule that purges evidence past its retention. The checks of a file and the retention rule
 * itself are the core's. Wired by {@link org.learningsociety.workflow.evidence.EvidenceAutoConfiguration}.
 */
package org.learningsociety.workflow.evidence;
