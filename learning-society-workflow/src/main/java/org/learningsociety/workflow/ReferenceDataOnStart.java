package org.learningsociety.workflow;

import org.learningsociety.core.referencedata.AdministrativeUnitLoader;
import org.learningsociety.core.referencedata.ReferenceDataLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Loads the configured reference data once the context's singletons are ready: the plan and
 * criteria files, and the administrative units. Every load is idempotent, so a restart adds nothing.
 */
public class ReferenceDataOnStart implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceDataOnStart.class);

    private final LearningSocietyProperties.ReferenceData settings;
    private final ReferenceDataLoader referenceData;
    private final AdministrativeUnitLoader units;

    public ReferenceDataOnStart(LearningSocietyProperties.ReferenceData settings, ReferenceDataLoader referenceData,
            AdministrativeUnitLoader units) {
        this.settings = settings;
        this.referenceData = referenceData;
        this.units = units;
    }

    @Override
    public void afterSingletonsInstantiated() {
        switch (settings.getUnits()) {
            case COUNTRY -> log("units of the country", units.loadCountry());
            case PROVINCES -> settings.getProvinces().forEach(p -> log("units of province " + p, units.loadProvince(p)));
            case NONE -> { }
        }
        if (settings.isLoadPlansAndCriteria()) {
            ReferenceDataLoader.LoadReport report = referenceData.loadAll();
            LOG.info("learning-society: plans stored {}, criteria sets stored {}", report.plansStored(),
                    report.criteriaSetsStored());
            if (!report.plansKept().isEmpty()) {
                LOG.info("learning-society: plans kept at the database's newer version (uploaded through the API), "
                        + "the files' older version not applied: {}", report.plansKept());
            }
        }
    }

    private static void log(String what, AdministrativeUnitLoader.LoadReport report) {
        LOG.info("learning-society: {}: {} units and {} successions added, {} conversion rows skipped", what,
                report.unitsAdded(), report.successionsAdded(), report.skipped().size());
    }
}
