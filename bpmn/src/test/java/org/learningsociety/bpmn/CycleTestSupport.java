package org.learningsociety.bpmn;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Starting a cycle's process for commune 11911 and driving its jobs in tests. */
final class CycleTestSupport {

    static final String COMMUNE = "11911";
    static final String OTHER_COMMUNE = "11912";
    static final String PROVINCE = "31";
    static final String BUSINESS_KEY = "FAMILY:2026:" + COMMUNE;
    static final List<String> VILLAGES = List.of("1191101", "1191102");

    private CycleTestSupport() {
    }

    static VariableMap cycleVariables() {
        return Variables.createVariables().putValue("model", "FAMILY").putValue("year", 2026)
                .putValue("unitCode", COMMUNE);
    }

    static ProcessInstance start(ProcessEngine engine, String key) {
        return engine.getRuntimeService().startProcessInstanceByKey(key, BUSINESS_KEY, cycleVariables());
    }

    static void at(String isoDateTime) {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(isoDateTime).toInstant()));
    }

    /** Executes the one job of {@code instance} waiting at {@code activityId}. */
    static void executeJobAt(ProcessEngine engine, ProcessInstance instance, String activityId) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(activityId).singleResult();
        engine.getManagementService().executeJob(job.getId());
    }

    /** Executes the one job of any process instance waiting at {@code activityId} (a called process's). */
    static void executeAnyJobAt(ProcessEngine engine, String activityId) {
        Job job = engine.getManagementService().createJobQuery().activityId(activityId).singleResult();
        engine.getManagementService().executeJob(job.getId());
    }

    static Map<String, Object> decision() {
        return Map.of("decisionNumber", "125/QĐ-UBND", "decisionDate", "2026-11-20", "signer", "Nguyễn Văn An");
    }
}
