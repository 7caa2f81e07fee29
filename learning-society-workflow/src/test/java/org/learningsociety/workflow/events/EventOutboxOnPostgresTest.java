package org.learningsociety.workflow.events;

import org.learningsociety.workflow.EmbeddedPostgresServer;

/**
 * The outbox's tests on an embedded PostgreSQL, where events are claimed {@code FOR UPDATE SKIP LOCKED}:
 * each test on a database of its own on one server started once for the JVM.
 */
class EventOutboxOnPostgresTest extends EventOutboxTest {

    @Override
    String[] database() {
        return new String[] {"spring.datasource.url=" + EmbeddedPostgresServer.newDatabase("outbox"),
                "spring.datasource.username=postgres", "spring.datasource.password="};
    }
}
