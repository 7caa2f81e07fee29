/**
 * The reference data the library ships and loads: Vietnam's administrative units before and after
 * the 2025 reform with the conversion between them, the seed plans and the criteria sets. A load is
 * one call, idempotent, and all-or-nothing; malformed data fails it with the file, line and reason.
 */
package org.learningsociety.core.referencedata;
