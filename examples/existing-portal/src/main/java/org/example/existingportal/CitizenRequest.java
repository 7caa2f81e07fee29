package org.example.existingportal;

import java.time.LocalDateTime;

/**
 * A citizen's request to the ward ("đơn đăng ký"), as the portal's JSON writes it: in its own
 * snake_case style ({@code request_id}, {@code full_name}, {@code submitted_at}).
 */
record CitizenRequest(long requestId, String fullName, String subject, String status, LocalDateTime submittedAt,
        String processInstanceId) {

    /** Its status while the ward's staff review it. */
    static final String RECEIVED = "DA_TIEP_NHAN";
}
