package org.learningsociety.workflow.database;

import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Refuses to build the engine when the library's DataSource is not the engine's. A cycle's step writes
 * the library's tables (a registration verified, a decision recorded) inside the transaction in which
 * the engine completes the task or fires the timer; on one DataSource both commit or neither does, which
 * is what the library's behaviour after a crash rests on (docs/reliability.md). On two, the library's
 * writes commit on their own, and a crash between the two commits leaves a task done with nothing
 * written, or the reverse, silently. A host that knows this and wants it anyway says so with
 * {@code learning-society.datasource.separate-from-engine=true}, and is warned in the log.
 *
 * <p>An engine plugin, so that the check runs once the engine's DataSource is set, before the engine
 * touches its tables.
 */
public class EngineDatabaseCheck extends AbstractProcessEnginePlugin {

    /** The setting by which a host runs the library on another DataSource than the engine's, knowingly. */
    public static final String SEPARATE_FROM_ENGINE = "learning-society.datasource.separate-from-engine";

    private static final Logger LOG = LoggerFactory.getLogger(EngineDatabaseCheck.class);

    private final ObjectProvider<LearningSocietyDatabase> library;
    private final boolean separateFromEngine;

    public EngineDatabaseCheck(ObjectProvider<LearningSocietyDatabase> library, boolean separateFromEngine) {
        this.library = library;
        this.separateFromEngine = separateFromEngine;
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        LearningSocietyDatabase database = library.getIfAvailable();
        DataSource engine = configuration.getDataSource();
        if (database == null || engine == null || database.isOn(engine)) {
            return;
        }
        if (separateFromEngine) {
            LOG.warn("learning-society: the library's DataSource '{}' is not the engine's, as {}=true allows. The"
                    + " library's writes commit apart from the engine's transactions: after a crash between the two"
                    + " commits a task can be completed with nothing written, or the reverse (docs/database.md).",
                    database.dataSourceName(), SEPARATE_FROM_ENGINE);
            return;
        }
        throw new SeparateDatabaseException(database.dataSourceName(), "learning-society: the library's DataSource '"
                + database.dataSourceName() + "' is not the one the Camunda engine runs on. The library writes its"
                + " tables inside the engine's transactions (a task completed and its registration verified commit"
                + " together); on two DataSources they would commit apart, and a crash between the two commits would"
                + " leave a task completed with nothing written, or the reverse.", "Give the library the engine's"
                + " DataSource (name or @Qualifier(\"" + LearningSocietyDatabase.DATA_SOURCE + "\") the engine's,"
                + " or declare no \"" + LearningSocietyDatabase.DATA_SOURCE + "\" and the library takes the"
                + " engine's), or, knowing the above, set " + SEPARATE_FROM_ENGINE + "=true.");
    }
}
