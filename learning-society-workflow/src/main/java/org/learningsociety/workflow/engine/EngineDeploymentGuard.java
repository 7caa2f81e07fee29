package org.learningsociety.workflow.engine;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.repository.DeploymentBuilderImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.ModelException;

/**
 * The {@link DeploymentGuard} inside the engine: an engine plugin whose interceptor checks every deployment
 * that holds one of the cycle's processes ({@code register}, {@code verify} … {@code annual-cycle}), however it
 * arrives (Camunda Modeler's Deploy button through {@code /engine-rest/deployment/create}, Cockpit, a
 * program calling {@code RepositoryService}), before the engine writes anything. A refused deployment is
 * not made: the caller gets a {@link DeploymentRefusedException}, a {@code ParseException} the REST API
 * answers with a 400 carrying the guard's Vietnamese message. Deployments of other processes pass
 * unchecked, and so does the library's own ({@link LibraryDeployment}, whose files the guard's tests check).
 *
 * <p>A deployment says no plan year, so a plain date is not held to one here; a date left from another year
 * is refused when a cycle of a year it does not fall in starts ({@link PlainTimerDates}).
 *
 * <p>A province's own deployment (a tenant id on the deployment) is checked the same way, beside the processes its
 * cycles will call: the province's own versions where it deployed them, the shared ones otherwise.
 */
public class EngineDeploymentGuard extends AbstractProcessEnginePlugin {

    private final DeploymentGuard guard;

    public EngineDeploymentGuard(DeploymentGuard guard) {
        this.guard = Objects.requireNonNull(guard);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        DeployCommands.addInFront(configuration, new Checking(guard, configuration));
    }

    static final class Checking extends CommandInterceptor {

        private final DeploymentGuard guard;
        private final ProcessEngineConfigurationImpl configuration;

        Checking(DeploymentGuard guard, ProcessEngineConfigurationImpl configuration) {
            this.guard = guard;
            this.configuration = configuration;
        }

        @Override
        public <T> T execute(Command<T> command) {
            DeploymentBuilderImpl builder = DeployCommands.builderOf(command);
            if (builder != null && !LibraryDeployment.SOURCE.equals(builder.getDeployment().getSource())) {
                check(builder);
            }
            return next.execute(command);
        }

        private void check(DeploymentBuilderImpl builder) {
            Map<String, ResourceEntity> files = builder.getDeployment().getResources();
            if (files == null) {
                return;
            }
            Map<String, BpmnModelInstance> edited = new LinkedHashMap<>();
            List<String> editedKeys = new ArrayList<>();
            for (ResourceEntity file : files.values()) {
                if (!file.getName().endsWith(".bpmn") && !file.getName().endsWith(".bpmn20.xml")) {
                    continue;
                }
                BpmnModelInstance model;
                try {
                    model = Bpmn.readModelFromStream(new ByteArrayInputStream(file.getBytes()));
                } catch (ModelException unreadable) {
                    continue; // the engine's own parser refuses it, with the line it stopped at
                }
                List<String> keys = model.getModelElementsByType(Process.class).stream().map(Process::getId)
                        .filter(DeploymentGuard::concerns).toList();
                if (!keys.isEmpty()) {
                    edited.put(file.getName(), model);
                    editedKeys.addAll(keys);
                }
            }
            if (edited.isEmpty()) {
                return;
            }
            RepositoryService repository = configuration.getRepositoryService();
            // a province's deployment (with its tenant id) runs beside the province's own versions of the other
            // processes where it deployed them, else beside the shared ones: it is checked against those
            String tenantId = builder.getDeployment().getTenantId();
            List<BpmnModelInstance> deployed = new ArrayList<>();
            for (String key : DeploymentGuard.cycleKeys()) {
                if (editedKeys.contains(key)) {
                    continue;
                }
                ProcessDefinition latest = tenantId == null ? null : repository.createProcessDefinitionQuery()
                        .processDefinitionKey(key).tenantIdIn(tenantId).latestVersion().singleResult();
                latest = latest != null ? latest : repository.createProcessDefinitionQuery().processDefinitionKey(key)
                        .withoutTenantId().latestVersion().singleResult();
                if (latest != null) {
                    deployed.add(repository.getBpmnModelInstance(latest.getId()));
                }
            }
            List<String> problems = guard.problems(null, edited.values(), deployed);
            if (!problems.isEmpty()) {
                throw new DeploymentRefusedException(problems, String.join(", ", edited.keySet()));
            }
        }
    }
}
