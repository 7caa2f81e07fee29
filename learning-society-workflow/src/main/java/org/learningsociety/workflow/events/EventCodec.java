package org.learningsociety.workflow.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.HashMap;
import java.util.Map;
import org.learningsociety.core.commendation.CommendationEvent;
import org.learningsociety.core.registration.RegistrationEvent;
import org.learningsociety.core.report.ReportEvent;
import org.learningsociety.core.shared.DomainEvent;
import org.learningsociety.core.subject.SubjectEvent;

/**
 * The events as the outbox stores them: a type name (the record's simple name for the core's events,
 * the class name for any other) and the record as JSON, written with a mapper of the library's own so
 * that a host's global Jackson settings (snake_case, say) change neither the stored rows nor reading
 * them back.
 */
final class EventCodec {

    private static final Map<String, Class<?>> CORE_EVENTS = new HashMap<>();

    static {
        for (Class<?> family : new Class<?>[] {RegistrationEvent.class, ReportEvent.class, CommendationEvent.class,
                SubjectEvent.class}) {
            for (Class<?> type : family.getPermittedSubclasses()) {
                CORE_EVENTS.put(type.getSimpleName(), type);
            }
        }
    }

    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    String typeOf(DomainEvent event) {
        String simple = event.getClass().getSimpleName();
        return CORE_EVENTS.get(simple) == event.getClass() ? simple : event.getClass().getName();
    }

    String write(DomainEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("learning-society: event " + event + " cannot be written as JSON", e);
        }
    }

    DomainEvent read(String type, String payload) {
        try {
            Class<?> target = CORE_EVENTS.get(type);
            if (target == null) {
                target = Class.forName(type, false, EventCodec.class.getClassLoader());
            }
            if (!DomainEvent.class.isAssignableFrom(target)) {
                throw new IllegalStateException("learning-society: " + type + " is not a domain event");
            }
            return (DomainEvent) json.readValue(payload, target);
        } catch (JsonProcessingException | ClassNotFoundException e) {
            throw new IllegalStateException("learning-society: the stored event " + type + " cannot be read", e);
        }
    }
}
