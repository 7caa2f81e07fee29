/**
 * Evidence files (minh chứng) uploaded for a subject's year: the checks a file must pass (type by
 * its declared content type and its first bytes, size, name) in {@link org.learningsociety.core.evidence.EvidenceUploads},
 * and the port {@link org.learningsociety.core.evidence.EvidenceStore} that keeps the bytes. What the
 * upload returns is an evidence reference the self-assessment takes like any other.
 */
package org.learningsociety.core.evidence;
