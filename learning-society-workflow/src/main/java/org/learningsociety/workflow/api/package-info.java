/**
 * The REST API for portals under {@value org.learningsociety.workflow.api.LearningSocietyApi#BASE_PATH}:
 * thin controllers over the core's application services, errors as RFC 7807 problem details in
 * Vietnamese, each officer's reach checked through {@link org.learningsociety.workflow.api.UnitAccess}; every
 * handler method names its {@link org.learningsociety.workflow.api.Action} ({@link org.learningsociety.workflow.api.LibraryAction}),
 * checked by {@link org.learningsociety.workflow.api.ActionAccess} before it runs.
 * Everything here is made by {@link org.learningsociety.workflow.api.LearningSocietyApiAutoConfiguration},
 * never component-scanned.
 */
package org.learningsociety.workflow.api;
