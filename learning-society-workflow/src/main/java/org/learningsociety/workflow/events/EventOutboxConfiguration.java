package org.learningsociety.workflow.events;

import org.learningsociety.core.persistence.MyBatisPersistence;
import org.learningsociety.core.shared.DomainEvents;
import org.learningsociety.workflow.LearningSocietyProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The outbox of domain events, imported by the starter's auto-configuration: the table on the
 * library's data source, the dispatcher, and the core's {@link DomainEvents} writing to it. A portal's
 * own {@code DomainEvents} bean (the in-memory {@code SpringDomainEvents} of earlier versions, say)
 * replaces the outbox's writer.
 */
@Configuration(proxyBeanMethods = false)
public class EventOutboxConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public EventOutbox learningSocietyEventOutbox(MyBatisPersistence persistence) {
        return new EventOutbox(persistence.dataSource(), persistence.databaseId());
    }

    @Bean
    @ConditionalOnMissingBean
    public OutboxDispatcher learningSocietyEventDispatcher(EventOutbox outbox, ApplicationEventPublisher publisher,
            LearningSocietyProperties properties) {
        return new OutboxDispatcher(outbox, publisher, properties.getEvents());
    }

    @Bean
    @ConditionalOnMissingBean(DomainEvents.class)
    public OutboxDomainEvents learningSocietyEvents(EventOutbox outbox, OutboxDispatcher dispatcher,
            LearningSocietyProperties properties) {
        return new OutboxDomainEvents(outbox, dispatcher, properties.getCycle().getTimeZone());
    }
}
