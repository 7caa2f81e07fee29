package org.learningsociety.workflow.history;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * The starter's defaults for the engine's history, for a national deployment (docs/scaling.md, "Engine settings
 * for the national case"):
 * <ul>
 * <li>history level {@code auto}: the level the database already stores, and {@code audit} on a new database.
 * {@code audit} keeps the process instances, activities, tasks and variables the library and Tasklist read, not
 * {@code full}'s row per variable update ({@code ACT_HI_DETAIL}), user operation log, job log, incidents,
 * identity links and decision evaluations. An existing database on {@code full} stays on {@code full}: Camunda
 * stores the level ({@code ACT_GE_PROPERTY historyLevel}) and refuses to start when a configured level differs
 * from it (docs/upgrading.md says how to switch);</li>
 * <li>history cleanup by the {@code removalTimeBased} strategy in a night window,
 * {@value #WINDOW_START}–{@value #WINDOW_END} (Vietnam time, whatever the JVM's zone), batches of Camunda's
 * default {@value #BATCH_SIZE} rows, {@value #DEGREE_OF_PARALLELISM} cleanup jobs so that two nodes of a cluster
 * can share the night; the cleanup's own job log and the history of batch operations kept
 * {@value #OPERATIONS_TIME_TO_LIVE}, which Camunda otherwise keeps for ever.</li>
 * </ul>
 * Each default steps aside for the host's own: {@code camunda.bpm.history-level}, any
 * {@code camunda.bpm.generic-properties.properties.<setting>} (in any of its relaxed spellings), or a host's
 * engine plugin, which runs after this one (this plugin's order is {@value #ORDER}, after the Camunda starter's own
 * configurations and before a plugin without an order). A host that builds its own
 * {@code ProcessEngineConfigurationImpl} does not get this plugin at all.
 */
public class HistoryDefaults extends AbstractProcessEnginePlugin implements Ordered {

    /** After the Camunda starter's configurations (orders -1 to 1), before a host's plugin without an order. */
    public static final int ORDER = 100;
    /** The Camunda starter's property of the history level. */
    public static final String HISTORY_LEVEL_PROPERTY = "camunda.bpm.history-level";
    /** The Camunda starter's generic engine settings, where a host sets the cleanup's. */
    public static final String GENERIC_PROPERTIES = "camunda.bpm.generic-properties.properties";
    /** The level: the database's, or {@code audit} on a new one. */
    public static final String HISTORY_LEVEL = ProcessEngineConfiguration.HISTORY_AUTO;
    /** The night window's start, in Vietnam's offset (no daylight saving time there). */
    public static final String WINDOW_START = "01:00+0700";
    /** The night window's end. */
    public static final String WINDOW_END = "05:00+0700";
    /** Rows removed per table and cleanup run: Camunda's default, which this plugin does not change. */
    public static final int BATCH_SIZE = 500;
    /** Cleanup jobs run at once. */
    public static final int DEGREE_OF_PARALLELISM = 2;
    /**
     * How long the cleanup's own job log is kept (written at level {@code full} only; without a time to live it
     * would never be removed), and the history of batch operations (an administrator's, from Cockpit or
     * engine-rest; the library starts none).
     */
    public static final String OPERATIONS_TIME_TO_LIVE = "P30D";

    private static final Logger LOG = LoggerFactory.getLogger(HistoryDefaults.class);
    /** What the Camunda starter sets the level to when {@value #HISTORY_LEVEL_PROPERTY} is not set. */
    private static final String STARTER_DEFAULT_LEVEL = ProcessEngineConfiguration.HISTORY_FULL;
    /** The engine's own window end, which means nothing without a start. */
    private static final String ENGINE_DEFAULT_WINDOW_END = "00:00";

    private final String hostLevel;
    private final Set<String> hostSettings;
    private boolean levelIsOurs;

    /**
     * @param hostLevel the host's {@value #HISTORY_LEVEL_PROPERTY}, or null when it set none
     * @param hostSettings the names of the engine settings the host set under {@value #GENERIC_PROPERTIES}, in any
     *     relaxed spelling ({@code history-cleanup-batch-size}, {@code historyCleanupBatchSize})
     */
    public HistoryDefaults(String hostLevel, Set<String> hostSettings) {
        this.hostLevel = hostLevel;
        this.hostSettings = hostSettings.stream().map(HistoryDefaults::normalised).collect(Collectors.toUnmodifiableSet());
    }

    /** The defaults, minding what the host set in {@code environment}. */
    public static HistoryDefaults of(Environment environment) {
        Binder binder = Binder.get(environment);
        String level = binder.bind(HISTORY_LEVEL_PROPERTY, String.class).orElse(null);
        Map<String, Object> generic = binder.bind(GENERIC_PROPERTIES, Bindable.mapOf(String.class, Object.class))
                .orElse(Map.of());
        return new HistoryDefaults(level, generic.keySet());
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // the Camunda starter has set its property or its own default ('full'); another value is a host plugin's
        levelIsOurs = hostLevel == null && !hostSet("history")
                && STARTER_DEFAULT_LEVEL.equalsIgnoreCase(configuration.getHistory());
        if (levelIsOurs) {
            configuration.setHistory(HISTORY_LEVEL);
        }
        if (!hostSet("historyCleanupStrategy") && configuration.getHistoryCleanupStrategy() == null) {
            configuration.setHistoryCleanupStrategy(ProcessEngineConfiguration.HISTORY_CLEANUP_STRATEGY_REMOVAL_TIME_BASED);
        }
        boolean hostWindow = hostSet("historyCleanupBatchWindowStartTime") || hostSet("historyCleanupBatchWindowEndTime")
                || configuration.getHistoryCleanupBatchWindowStartTime() != null
                || !ENGINE_DEFAULT_WINDOW_END.equals(configuration.getHistoryCleanupBatchWindowEndTime());
        if (!hostWindow) {
            configuration.setHistoryCleanupBatchWindowStartTime(WINDOW_START);
            configuration.setHistoryCleanupBatchWindowEndTime(WINDOW_END);
        }
        if (!hostSet("historyCleanupDegreeOfParallelism") && configuration.getHistoryCleanupDegreeOfParallelism() == 1) {
            configuration.setHistoryCleanupDegreeOfParallelism(DEGREE_OF_PARALLELISM);
        }
        if (!hostSet("historyCleanupJobLogTimeToLive") && configuration.getHistoryCleanupJobLogTimeToLive() == null) {
            configuration.setHistoryCleanupJobLogTimeToLive(OPERATIONS_TIME_TO_LIVE);
        }
        if (!hostSet("batchOperationHistoryTimeToLive") && configuration.getBatchOperationHistoryTimeToLive() == null) {
            configuration.setBatchOperationHistoryTimeToLive(OPERATIONS_TIME_TO_LIVE);
        }
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        // a host's plugin, run after this one, may have set a level of its own
        levelIsOurs = levelIsOurs && HISTORY_LEVEL.equals(configuration.getHistory());
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        HistoryLevel level = configuration.getHistoryLevel();
        LOG.info("learning-society: engine '{}' keeps history at level '{}'{}, cleaned up {} between {} and {}, batches"
                + " of {} rows, {} job(s) at once", engine.getName(), level == null ? configuration.getHistory()
                : level.getName(), levelIsOurs ? " (the level the database stores, 'audit' on a new one)" : "",
                configuration.getHistoryCleanupStrategy(), configuration.getHistoryCleanupBatchWindowStartTime(),
                configuration.getHistoryCleanupBatchWindowEndTime(), configuration.getHistoryCleanupBatchSize(),
                configuration.getHistoryCleanupDegreeOfParallelism());
        if (levelIsOurs && level != null && Objects.equals(level.getName(), ProcessEngineConfiguration.HISTORY_FULL)) {
            LOG.info("learning-society: the database stores history level 'full', which is kept; the library needs "
                    + "only 'audit', which writes far fewer rows. docs/upgrading.md (\"History level audit\") says how "
                    + "to switch, or set {}=full to say 'full' is wanted.", HISTORY_LEVEL_PROPERTY);
        }
    }

    private boolean hostSet(String setting) {
        return hostSettings.contains(normalised(setting));
    }

    private static String normalised(String name) {
        return name.replace("-", "").replace("_", "").replace(".", "").toLowerCase(Locale.ROOT);
    }
}
