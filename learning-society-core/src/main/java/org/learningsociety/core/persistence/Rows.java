package org.learningsociety.core.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The rows the mappers read and write: plain holders, one per table, so that the SQL stays in the
 * mapper files and the mapping to the domain in Java. MyBatis sets their fields directly.
 */
final class Rows {

    private Rows() {
    }

    static final class UnitRow {
        long unitId;
        LocalDate validFrom;
        LocalDate validTo;
        String code;
        String name;
        String unitLevel;
        Long parentId;
        String areaType;
    }

    static final class SuccessionRow {
        long predecessorId;
        long successorId;
        LocalDate effectiveOn;
        String kind;
    }

    static final class SubjectRow {
        long id;
        String kind;
        String model;
        long unitId;
        String name;
        String externalId;
    }

    static final class RegistrationRow {
        long id;
        long subjectId;
        String model;
        long unitId;
        int recordYear;
        long criteriaSetId;
        OffsetDateTime registeredAt;
        String status;
        String selfScores;
        OffsetDateTime selfAssessedAt;
        boolean selfAssessedLate;
        String verifiedScores;
        String verifier;
        String verificationNote;
        OffsetDateTime verifiedAt;
        Long decisionId;
        String nonRecognitionReason;
        int version;
    }

    static final class EvidenceRow {
        long registrationId;
        int seq;
        String indicator;
        String reference;
        String title;
    }

    static final class DecisionRow {
        long id;
        String kind;
        String number;
        LocalDate decisionDate;
        String signer;
        long issuingUnitId;
        int decisionYear;
        String model;
        String form;
    }

    static final class CommendationRow {
        long id;
        long registrationId;
        String form;
        String proposedBy;
        OffsetDateTime proposedAt;
        String status;
        Long decisionId;
        String refusalReason;
    }

    static final class PlanRow {
        String id;
        int version;
        String status;
        String issuer;
        String number;
        LocalDate issuedOn;
        int issuedYear;
        String title;
        String scopeUnitCode;
        String scopeLevel;
        String derivationRule;
        String programme;
        String parentId;
    }

    static final class PlanLineRow {
        String planId;
        int seq;
        String lineText;
    }

    static final class PhaseRow {
        String planId;
        int seq;
        String code;
        int fromYear;
        int toYear;
    }

    static final class PlanIndicatorRow {
        String planId;
        int seq;
        String code;
        String name;
        String model;
        String measuredIn;
        String withinModel;
    }

    static final class TargetRow {
        String planId;
        int seq;
        String indicator;
        int targetYear;
        String areaType;
        BigDecimal targetValue;
        String statedAs;
    }

    static final class MilestoneRow {
        String planId;
        int seq;
        String kind;
        String actingLevel;
        LocalDate fromDate;
        LocalDate toDate;
        String monthDay;
        boolean recurring;
        String statedAs;
        String description;
        String fromMonthDay;
        boolean beforeDay;
        Integer fromYear;
        Integer toYear;
    }

    static final class TaskRow {
        String planId;
        int seq;
        int taskNumber;
        String name;
        String leadBy;
        String timing;
        LocalDate fromDate;
        LocalDate toDate;
        String fromMonthDay;
        String monthDay;
        boolean recurring;
        String content;
    }

    static final class CriteriaSetRow {
        long id;
        String setKey;
        String model;
        String versionName;
        String name;
        String basis;
        int validFromYear;
        boolean official;
        Integer ruleMinimumTotal;
        String ruleTitle;
        boolean ruleSample;
        Integer validToYear;
        String scopeUnitCode;
    }

    static final class CriterionRow {
        long setId;
        int seq;
        String code;
        String name;
        int minimumPoints;
        boolean sample;
    }

    static final class CriterionIndicatorRow {
        long setId;
        int criterionSeq;
        int seq;
        String code;
        String name;
        int maxPoints;
        boolean evidenceRequired;
        boolean sample;
    }

    static final class UnitCountsRow {
        long unitId;
        long subjects;
        long registered;
        long recognised;
    }

    static final class StatusCountRow {
        String status;
        long total;
    }
}
