package org.example.existingportal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The citizens' requests, in the business database, each reviewed through the portal's own process
 * {@value #PROCESS_KEY} ("Tiếp nhận đơn đăng ký"): a request and its process instance are written in
 * one transaction, and the audit store records who received it.
 */
@Service
class CitizenRequests {

    /** The key of the portal's own process, deployed from {@code processes/register.bpmn}. */
    static final String PROCESS_KEY = "register";

    private final JdbcClient business;
    private final RuntimeService runtime;
    private final AuditLog audit;

    CitizenRequests(JdbcClient business, RuntimeService runtime, AuditLog audit) {
        this.business = business;
        this.runtime = runtime;
        this.audit = audit;
    }

    @Transactional
    CitizenRequest receive(String fullName, String subject, String receivedBy) {
        LocalDateTime now = LocalDateTime.now().withNano(0);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        business.sql("INSERT INTO don_dang_ky (full_name, subject, status, submitted_at) VALUES (?, ?, ?, ?)")
                .params(fullName, subject, CitizenRequest.RECEIVED, now)
                .update(key, "id");
        long id = key.getKey().longValue();
        String instance = runtime.startProcessInstanceByKey(PROCESS_KEY, "DON-" + id,
                Map.of("requestId", id, "fullName", fullName, "subject", subject)).getId();
        business.sql("UPDATE don_dang_ky SET process_instance_id = ? WHERE id = ?").params(instance, id).update();
        audit.record(receivedBy, "tiếp nhận đơn", "DON-" + id);
        return new CitizenRequest(id, fullName, subject, CitizenRequest.RECEIVED, now, instance);
    }

    List<CitizenRequest> all() {
        return business.sql("SELECT id, full_name, subject, status, submitted_at, process_instance_id FROM don_dang_ky"
                        + " ORDER BY id DESC")
                .query((row, n) -> new CitizenRequest(row.getLong("id"), row.getString("full_name"),
                        row.getString("subject"), row.getString("status"),
                        row.getTimestamp("submitted_at").toLocalDateTime(), row.getString("process_instance_id")))
                .list();
    }
}
