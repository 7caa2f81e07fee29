package org.learningsociety.workflow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
