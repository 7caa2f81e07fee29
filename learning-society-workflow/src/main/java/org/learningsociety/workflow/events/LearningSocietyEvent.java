package org.learningsociety.workflow.events;

import java.time.Instant;
import java.util.UUID;
import org.learningsociety.core.shared.DomainEvent;

/**
 * One of the library's domain events as the outbox delivers it: a Spring application event a portal
 * listens to with {@code @EventListener}, after the change that raised it committed. Delivery is at
 * least once: the same event may arrive again (after a crash, a failed listener, a lease that ran
 * out), always with the same {@link #id}, which a listener de-duplicates on.
 *
 * @param id stable for the event across every delivery of it
 * @param type the event's name, e.g. {@code SubjectRegistered}
 * @param occurredAt when it happened
 * @param payload the core's event record ({@code RegistrationEvent.SubjectRegistered} …)
 * @param subjectId the library's id of the subject it is about, if any
 * @param externalId the portal's own id for that subject (for an erasure: the id it had)
 * @param unitCode the code of the unit it happened in (a subject's year: its unit then; a move: the new
 *     unit; a report: the reporting unit)
 * @param model the learning model ({@code HOUSEHOLD} …), if any
 * @param year the year of the subject's record or of the report, if any
 * @param attempt which delivery of the event this is, from 1
 */
public record LearningSocietyEvent(UUID id, String type, Instant occurredAt, DomainEvent payload, Long subjectId,
        String externalId, String unitCode, String model, Integer year, int attempt) { }
