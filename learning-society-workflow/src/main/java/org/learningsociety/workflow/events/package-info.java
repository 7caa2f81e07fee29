/**
 * The transactional outbox of the library's domain events: {@link org.learningsociety.workflow.events.OutboxDomainEvents}
 * writes each event to {@code ls_event_outbox} in the transaction of the change that raised it, and
 * {@link org.learningsociety.workflow.events.OutboxDispatcher} delivers it to the host's listeners after
 * commit, at least once, as a {@link org.learningsociety.workflow.events.LearningSocietyEvent} (with an id
 * to de-duplicate on) and as the core's event itself. See docs/reliability.md.
 */
package org.learningsociety.workflow.events;
