package org.learningsociety.workflow;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import org.learningsociety.core.campaign.CyclePhase;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The settings of the learning-society starter. */
@ConfigurationProperties("learning-society")
public class LearningSocietyProperties {

    /** Whether the library configures itself: its persistence, services, processes and API. */
    private boolean enabled = true;

    /** Whether the library migrates its own tables (history table {@code ls_schema_history}) on start. */
    private boolean migrateSchema = true;

    /** The reference data loaded on start. */
    private final ReferenceData referenceData = new ReferenceData();

    /** The yearly cycle's timers. */
    private final Cycle cycle = new Cycle();

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isMigrateSchema() {
        return migrateSchema;
    }

    public void setMigrateSchema(boolean migrateSchema) {
        this.migrateSchema = migrateSchema;
    }

    public ReferenceData getReferenceData() {
        return referenceData;
    }

    public Cycle getCycle() {
        return cycle;
    }

    /**
     * How long evidence (minh chứng) is kept after its year was registered, e.g. {@code P5Y}. When set,
     * the starter purges older evidence once every {@link #evidencePurgeInterval}; unset, nothing is
     * purged on a schedule (the {@code EvidenceRetention} bean then keeps {@code P5Y} for a portal's own
     * schedule).
     */
    private java.time.Period evidenceRetention;

    /** How often the evidence older than {@link #evidenceRetention} is purged, when that is set. */
    private java.time.Duration evidencePurgeInterval = java.time.Duration.ofDays(1);

    /** Uploaded evidence files. */
    private final EvidenceFiles evidence = new EvidenceFiles();

    public EvidenceFiles getEvidence() {
        return evidence;
    }

    /**
     * Uploaded evidence files (PDF, JPEG, PNG). Spring's own multipart limits
     * ({@code spring.servlet.multipart.max-file-size}, default 1MB, and {@code max-request-size}) must be at
     * least {@link #maxSize}, or larger files are refused before the library sees them.
     */
    public static class EvidenceFiles {

        /** The directory the starter's file-system store keeps the files in (one folder per registration). */
        private java.nio.file.Path directory = java.nio.file.Path.of("data", "evidence");

        /** The largest file taken. */
        private org.springframework.util.unit.DataSize maxSize = org.springframework.util.unit.DataSize.ofMegabytes(10);

        public java.nio.file.Path getDirectory() {
            return directory;
        }

        public void setDirectory(java.nio.file.Path directory) {
            this.directory = directory;
        }

        public org.springframework.util.unit.DataSize getMaxSize() {
            return maxSize;
        }

        public void setMaxSize(org.springframework.util.unit.DataSize maxSize) {
            this.maxSize = maxSize;
        }
    }

    public java.time.Period getEvidenceRetention() {
        return evidenceRetention;
    }

    public void setEvidenceRetention(java.time.Period evidenceRetention) {
        this.evidenceRetention = evidenceRetention;
    }

    public java.time.Duration getEvidencePurgeInterval() {
        return evidencePurgeInterval;
    }

    public void setEvidencePurgeInterval(java.time.Duration evidencePurgeInterval) {
        this.evidencePurgeInterval = evidencePurgeInterval;
    }

    /**
     * The yearly cycle's timers. The shipped BPMN closes each window at
     * {@code ${cycleDeadlines.closes(execution, '<WINDOW>')}}: the day the plan applying to the commune
     * sets (a milestone of that kind for the commune or all levels), else the default day below, in the
     * cycle's year. Days are written month-day, {@code MM-dd}; a window closes at the end of its day.
     */
    public static class Cycle {

        /** The time zone the closing days are read in. */
        private ZoneId timeZone = ZoneId.of("Asia/Ho_Chi_Minh");

        /** The day registration closes when no plan sets one. */
        private String registrationCloses = "02-28";

        /** The day self-assessment closes when no plan sets one. */
        private String selfAssessmentCloses = "09-30";

        /** The day verification closes when no plan sets one. */
        private String verificationCloses = "10-31";

        /** The day recognition closes when no plan sets one (plans: "trong tháng 11, 12"). */
        private String recognitionCloses = "12-10";

        /** The day the commune's yearly report is due when no plan sets one (nationally 15 December). */
        private String reportDue = "12-15";

        /** The default closing days by window, as the core takes them. */
        public Map<CyclePhase, MonthDay> defaultDeadlines() {
            Map<CyclePhase, MonthDay> days = new EnumMap<>(CyclePhase.class);
            days.put(CyclePhase.REGISTRATION, monthDay("registration-closes", registrationCloses));
            days.put(CyclePhase.SELF_ASSESSMENT, monthDay("self-assessment-closes", selfAssessmentCloses));
            days.put(CyclePhase.VERIFICATION, monthDay("verification-closes", verificationCloses));
            days.put(CyclePhase.RECOGNITION, monthDay("recognition-closes", recognitionCloses));
            days.put(CyclePhase.REPORT, monthDay("report-due", reportDue));
            return days;
        }

        private static MonthDay monthDay(String property, String value) {
            try {
                return MonthDay.parse("--" + value.trim());
            } catch (DateTimeParseException | NullPointerException e) {
                throw new IllegalStateException("learning-society.cycle." + property + " must be a month-day such as "
                        + "12-10, not \"" + value + "\"", e);
            }
        }

        public ZoneId getTimeZone() {
            return timeZone;
        }

        public void setTimeZone(ZoneId timeZone) {
            this.timeZone = timeZone;
        }

        public String getRegistrationCloses() {
            return registrationCloses;
        }

        public void setRegistrationCloses(String registrationCloses) {
            this.registrationCloses = registrationCloses;
        }

        public String getSelfAssessmentCloses() {
            return selfAssessmentCloses;
        }

        public void setSelfAssessmentCloses(String selfAssessmentCloses) {
            this.selfAssessmentCloses = selfAssessmentCloses;
        }

        public String getVerificationCloses() {
            return verificationCloses;
        }

        public void setVerificationCloses(String verificationCloses) {
            this.verificationCloses = verificationCloses;
        }

        public String getRecognitionCloses() {
            return recognitionCloses;
        }

        public void setRecognitionCloses(String recognitionCloses) {
            this.recognitionCloses = recognitionCloses;
        }

        public String getReportDue() {
            return reportDue;
        }

        public void setReportDue(String reportDue) {
            this.reportDue = reportDue;
        }
    }

    /** Which reference data to load on start; every load is idempotent. */
    public static class ReferenceData {

        /** Whether the plan and criteria files on the classpath are loaded on start. */
        private boolean loadPlansAndCriteria = true;

        /**
         * Which administrative units to load on start: {@code NONE}, {@code COUNTRY} (both sides of the
         * 2025 reform with the conversion table), or {@code PROVINCES} (those in {@code provinces}).
         */
        private UnitsToLoad units = UnitsToLoad.NONE;

        /** The post-reform province codes to load when {@code units} is {@code PROVINCES}, e.g. 31. */
        private List<String> provinces = new ArrayList<>();

        /**
         * The first day the pre-reform unit list is taken to hold: it is the list of 4 January 2025 and
         * carries no earlier history.
         */
        private LocalDate oldUnitsValidFrom = LocalDate.of(2021, 1, 1);

        public boolean isLoadPlansAndCriteria() {
            return loadPlansAndCriteria;
        }

        public void setLoadPlansAndCriteria(boolean loadPlansAndCriteria) {
            this.loadPlansAndCriteria = loadPlansAndCriteria;
        }

        public UnitsToLoad getUnits() {
            return units;
        }

        public void setUnits(UnitsToLoad units) {
            this.units = units;
        }

        public List<String> getProvinces() {
            return provinces;
        }

        public void setProvinces(List<String> provinces) {
            this.provinces = provinces;
        }

        public LocalDate getOldUnitsValidFrom() {
            return oldUnitsValidFrom;
        }

        public void setOldUnitsValidFrom(LocalDate oldUnitsValidFrom) {
            this.oldUnitsValidFrom = oldUnitsValidFrom;
        }
    }

    /** Which administrative units the starter loads. */
    public enum UnitsToLoad {
        NONE,
        COUNTRY,
        PROVINCES
    }
}
