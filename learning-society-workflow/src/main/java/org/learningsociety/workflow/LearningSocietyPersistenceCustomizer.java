package org.learningsociety.workflow;

import org.apache.ibatis.session.Configuration;

/**
 * Adjusts the library's MyBatis configuration before its session factory is built, without replacing
 * the persistence bean: a type handler, an interceptor, a cache setting. Every bean of this type is
 * applied, in {@code @Order}. The library's own mappers and database id are already set; a customizer
 * must not remove them.
 */
@FunctionalInterface
public interface LearningSocietyPersistenceCustomizer {

    /** Adjusts {@code configuration}, the one the library's repositories will run on. */
    void customize(Configuration configuration);
}
