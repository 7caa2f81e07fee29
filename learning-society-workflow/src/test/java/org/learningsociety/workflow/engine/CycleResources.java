package org.learningsociety.workflow.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/** The cycle's BPMN from the bpmn module's jar, as text to edit the way an administrator would. */
public final class CycleResources {

    static final List<String> KEYS = List.of("register", "self-assess", "verify", "recognise", "commend",
            "annual-cycle");

    private CycleResources() {
    }

    static String text(String key) {
        try (InputStream in = CycleResources.class.getClassLoader().getResourceAsStream("bpmn/" + key + ".bpmn")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The days the shipped expressions fall back to in 2026, as an administrator would type them; the
     * report's is the day a province set (it has no default).
     */
    static final Map<String, String> DATES_2026 = Map.of(
            "register", "2026-02-28T23:59:59+07:00",
            "self-assess", "2026-09-30T23:59:59+07:00",
            "verify", "2026-10-31T23:59:59+07:00",
            "recognise", "2026-12-10T23:59:59+07:00",
            "annual-cycle", "2026-12-20T23:59:59+07:00");

    /**
     * {@code key}'s BPMN with its timer's {@code ${cycleDeadlines.closes(…)}} expression replaced by the
     * plain 2026 date, as an administrator who prefers to type dates in Modeler would have it.
     */
    public static String typed(String key) {
        String text = text(key);
        return DATES_2026.containsKey(key)
                ? text.replaceAll("\\$\\{cycleDeadlines\\.closes\\(execution, '[A-Z_]+'\\)}", DATES_2026.get(key))
                : text;
    }

    static BpmnModelInstance model(String text) {
        return Bpmn.readModelFromStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Every cycle model with plain 2026 dates, with {@code key}'s replaced by {@code edited}. */
    static List<BpmnModelInstance> allWith(String key, String edited) {
        return KEYS.stream().map(k -> model(k.equals(key) ? edited : typed(k))).toList();
    }

    static Map<String, byte[]> resources(String key, String edited) {
        Map<String, byte[]> resources = new LinkedHashMap<>();
        resources.put(key + ".bpmn", edited.getBytes(StandardCharsets.UTF_8));
        return resources;
    }

    /** A fresh in-memory engine with {@code beans} for the BPMN's expressions; no job executor. */
    public static ProcessEngine engine(Map<Object, Object> beans) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl)
                new StandaloneInMemProcessEngineConfiguration()
                        .setJdbcUrl("jdbc:h2:mem:workflow-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                        .setJobExecutorActivate(false)
                        .setHistory("full")
                        .setProcessEngineName("workflow-" + UUID.randomUUID());
        configuration.setBeans(beans);
        return configuration.buildProcessEngine();
    }
}
