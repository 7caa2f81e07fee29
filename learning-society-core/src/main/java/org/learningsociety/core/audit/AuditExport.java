package org.learningsociety.core.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A history as CSV an officer opens in a spreadsheet: UTF-8 with a byte order mark, a Vietnamese
 * header, times in Vietnam's zone. A value that a spreadsheet would run as a formula
 * ({@code = + - @}) is prefixed with an apostrophe.
 */
public final class AuditExport {

    public static final String HEADER = "Thời điểm,Loại hồ sơ,Mã,Hành động,Người thực hiện,Trước,Sau,Lý do";

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private AuditExport() {
    }

    public static String csv(List<AuditRecord> history) {
        StringBuilder out = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        for (AuditRecord r : history) {
            out.append(String.join(",", field(TIME.format(r.at().atZone(VIETNAM))),
                    field(r.entity().vietnameseName()), field(Long.toString(r.entityId())),
                    field(r.action().vietnameseName()), field(r.actor()), field(r.before()), field(r.after()),
                    field(r.reason()))).append("\r\n");
        }
        return out.toString();
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
