package org.learningsociety.core.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The rows of the report tables ({@code V2__reports.sql}); MyBatis sets their fields directly. */
final class ReportRows {

    private ReportRows() {
    }

    static final class ReportRow {
        long id;
        long unitId;
        String unitCode;
        String unitName;
        String unitLevel;
        Long parentId;
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

    static final class LineRow {
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

    static final class MissingChildRow {
        long reportId;
        int seq;
        String unitCode;
        String unitName;
        String status;
        String timeliness;
    }

    static final class PastUnitRow {
        long reportId;
        int seq;
        String code;
        String name;
        String unitLevel;
        LocalDate lastDay;
        String wentInto;
    }
}
