package org.example.existingportal;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Who did what, in the audit store (its own DataSource, not the business database). */
class AuditLog {

    private final JdbcClient audit;

    AuditLog(JdbcClient audit) {
        this.audit = audit;
    }

    void record(String actor, String action, String subject) {
        audit.sql("INSERT INTO audit_entry (actor, action, subject, recorded_at) VALUES (?, ?, ?, ?)")
                .params(actor, action, subject, java.sql.Timestamp.from(Instant.now()))
                .update();
    }

    /** The entries about {@code subject}, oldest first, as "actor action". */
    List<String> about(String subject) {
        return audit.sql("SELECT actor || ' ' || action FROM audit_entry WHERE subject = ? ORDER BY id")
                .param(subject).query(String.class).list();
    }
}
