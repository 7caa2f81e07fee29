/**
 * Personal data under Decree 13/2023/NĐ-CP: what a subject's records hold about it, exported on
 * request, erased on request (pseudonymised, evidence deleted, audit values blanked) without
 * changing any count, and evidence kept no longer than the configured retention.
 */
package org.learningsociety.core.privacy;
