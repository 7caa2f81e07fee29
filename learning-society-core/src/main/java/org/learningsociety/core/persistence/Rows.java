package org.learningsociety.core.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The rows the mappers read and write: plain holders, one per table, so that the SQL stays in the
 * mapper files and the mapping to the domain in Java. MyBatis sets their fields directly.
 *
 * <p>The holders are declared {@code public} (inside this package-private class, so no wider than
 * the package): MyBatis makes one per row read, and for a class it may not construct it first tries,
 * catches an {@code IllegalAccessException} with its stack trace, and retries made accessible — an
 * exception per row.
 */
final class Rows {

    private Rows() {
    }

    /**
     * A lower-case {@code LIKE} pattern matching text that contains {@code text}, its own {@code %},
     * {@code _} and {@code !} escaped with {@code !} (the statements say {@code ESCAPE '!'}); null for null.
     */
    static String containsPattern(String text) {
        if (text == null) {
            return null;
        }
        String escaped = text.toLowerCase(java.util.Locale.ROOT).replace("!", "!!").replace("%", "!%")
                .replace("_", "!_");
        return "%" + escaped + "%";
    }

    public static final class ProvinceRow {
        long unitId;
        String provinceCode;
    }

    public static final class UnitRow {
        long unitId;
        LocalDate validFrom;
        LocalDate validTo;
        String code;
        String name;
        String unitLevel;
        Long parentId;
        String areaType;
    }

    public static final class SuccessionRow {
        long predecessorId;
        long successorId;
        LocalDate effectiveOn;
        String kind;
    }

    public static final class SubjectRow {
        long id;
        String kind;
        String model;
        long unitId;
        String name;
        String externalId;
        /** Read by lockForMove only. */
        String provinceCode;
    }

    public static final class MembershipRow {
        long id;
        long groupId;
        long personId;
        String memberRole;
        LocalDate memberFrom;
        LocalDate memberUntil;
    }

    public static final class CitizenCountRow {
        long unitId;
        long numerator;
        long denominator;
    }

    public static final class RegistrationRow {
        /** Read by lockVersions only. */
        String provinceCode;
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

    public static final class EvidenceRow {
        long registrationId;
        int seq;
        String indicator;
        String reference;
        String title;
        int recordYear;
        String provinceCode;
    }

    public static final class DecisionRow {
        long id;
        String kind;
        String number;
        LocalDate decisionDate;
        String signer;
        long issuingUnitId;
        int decisionYear;
        String model;
        String form;
        String issuingBody;
    }

    public static final class CommendationRow {
        long id;
        long registrationId;
        String form;
        String proposedBy;
        OffsetDateTime proposedAt;
        String status;
        Long decisionId;
        String refusalReason;
    }

    public static final class ImportRow {
        long id;
        String model;
        String unitCode;
        String fileName;
        String status;
        long rowsChecked;
        long rowsImported;
        long refusedCount;
        String refused;
        String message;
        String createdBy;
        OffsetDateTime createdAt;
        OffsetDateTime finishedAt;
    }

    public static final class PlanRow {
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
        String recognisedBy;
        String recognitionOnBehalfOf;
        String recognitionSignerTitle;
        String recognitionStatedAs;
    }

    public static final class PlanLineRow {
        String planId;
        int seq;
        String lineText;
    }

    public static final class PhaseRow {
        String planId;
        int seq;
        String code;
        int fromYear;
        int toYear;
    }

    public static final class PlanIndicatorRow {
        String planId;
        int seq;
        String code;
        String name;
        String model;
        String measuredIn;
        String withinModel;
        String source;
        String enteredBy;
        String answer;
        String denominator;
        String memberRole;
    }

    public static final class TargetRow {
        String planId;
        int seq;
        String indicator;
        int targetYear;
        String areaType;
        BigDecimal targetValue;
        String statedAs;
    }

    public static final class MilestoneRow {
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
        String reportPeriod;
        String reportChain;
        String recipient;
    }

    public static final class TaskRow {
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
        String leadBodies;
        String joiningBodies;
    }

    public static final class AwardRow {
        String planId;
        int seq;
        String code;
        String name;
        String givenBy;
        String givenLevel;
        String issuance;
        String occasions;
        String statedAs;
    }

    public static final class CriteriaSetRow {
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
        String subjectLevels;
    }

    public static final class CriteriaAuthorityRow {
        long setId;
        int seq;
        String subjectLevel;
        java.time.LocalDate validFrom;
        java.time.LocalDate validUntil;
        String evaluatingBody;
        String evaluatingLevel;
        String evaluatingName;
        String recognisingBody;
        String recognisingLevel;
        String recognisingName;
        boolean sample;
        String basis;
    }

    public static final class CriterionRow {
        long setId;
        int seq;
        String code;
        String name;
        int minimumPoints;
        boolean sample;
        boolean nameSample;
    }

    public static final class CriterionIndicatorRow {
        long setId;
        int criterionSeq;
        int seq;
        String code;
        String name;
        int maxPoints;
        boolean evidenceRequired;
        boolean sample;
        boolean nameSample;
    }

    public static final class UnitCountsRow {
        long unitId;
        long subjects;
        long registered;
        long recognised;
    }

    public static final class StatusCountRow {
        String status;
        long total;
    }
}
