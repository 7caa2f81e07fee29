package org.learningsociety.core.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The rows of the report tables ({@code V2__reports.sql}); MyBatis sets their fields directly.
 *
 * <p>The holders are declared {@code public} (inside this package-private class, so no wider than
 * the package): MyBatis makes one per row read, and for a class it may not construct it first tries,
 * catches an {@code IllegalAccessException} with its stack trace, and retries made accessible — an
 * exception per row.
 */
final class ReportRows {

    private ReportRows() {
    }

    public static final class ReportRow {
        long id;
        long unitId;
        String unitCode;
        String unitName;
        String unitLevel;
        Long parentId;
        String programme;
        String chain;
        int periodFrom;
        int periodTo;
        LocalDate deadline;
        String status;
        boolean late;
        OffsetDateTime compiledAt;
        OffsetDateTime submittedAt;
        OffsetDateTime decidedAt;
        String decidedBy;
        String sentBackReason;
        int version;
    }

    public static final class LineRow {
        long reportId;
        int seq;
        String unitCode;
        String unitName;
        String model;
        long subjects;
        long registered;
        long recognised;
        BigDecimal rate;
        BigDecimal target;
        boolean targetDerived;
        BigDecimal gap;
        long unassigned;
    }

    public static final class MissingChildRow {
        long reportId;
        int seq;
        String unitCode;
        String unitName;
        String status;
        String timeliness;
    }

    public static final class PastUnitRow {
        long reportId;
        int seq;
        String code;
        String name;
        String unitLevel;
        LocalDate lastDay;
        String wentInto;
    }
}
