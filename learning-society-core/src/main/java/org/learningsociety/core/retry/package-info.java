/**
 * Retried requests answered once: {@link org.learningsociety.core.retry.IdempotencyKeys} keeps, for a
 * caller's key, the fingerprint of the request it was first sent with and the answer it got, so that
 * the same request sent again is answered again without running twice.
 */
package org.learningsociety.core.retry;
