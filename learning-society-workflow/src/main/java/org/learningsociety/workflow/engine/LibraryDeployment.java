package org.learningsociety.workflow.engine;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.learningsociety.workflow.keys.LibraryKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deploys the library's BPMN, DMN and forms ({@link LibraryResources}) as soon as the engine is built,
 * as the deployment {@value #NAME} with source {@value #SOURCE}, changed files only. It is an engine
 * plugin, not a Camunda {@code CamundaDeploymentConfiguration}: it deploys whatever deploys the host's own
 * files (Camunda's {@code camunda.bpm.deployment-resource-pattern}, or a process application's
 * {@code processes.xml} under {@code @EnableProcessApplication}), and never replaces that.
 *
 * <p>A file whose key's latest deployed version did not come from the library (an administrator's edit
 * deployed from Camunda Modeler, or through the {@link DeploymentGuard}) is held back: deploying the
 * library's file would make it the latest version and new cycles would silently lose the edit. It is
 * logged with what to do; {@code learning-society.deployment.replace-edited} names the keys whose edit the
 * library's file may replace.
 *
 * <p>Every key it deploys is namespaced ({@link LibraryKeys}); at each start, after deploying, the instances
 * still running under the keys' previous spelling are moved onto the namespaced definitions
 * ({@link CycleMigration#migrateRenamedKeys()}).
 */
public class LibraryDeployment extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(LibraryDeployment.class);

    /** The deployment's name. */
    public static final String NAME = "learning-society";

    /** The deployment's source, by which the engine tells the library's deployments from others. */
    public static final String SOURCE = "learning-society";

    /**
     * The name of the deployments the starter made before it deployed on its own (Camunda's Spring
     * auto-deployment, which the starter filled with its files): the library's too.
     */
    static final String EARLIER_NAME = "SpringAutoDeployment";

    /** A file of the library not deployed, and why. */
    public record HeldBack(String resource, String key, String deploymentName, String deploymentSource,
            boolean libraryChanged) {
    }

    /** What a start deployed: the deployment ({@code null} when nothing changed) and the files held back. */
    public record Outcome(Deployment deployment, List<HeldBack> heldBack) {
    }

    private final LibraryResources resources;
    private final Set<String> replaceEdited;

    /**
     * @param replaceEdited keys whose administrator-edited latest version the library's file may replace
     *     (to hand a key back to the library after merging)
     */
    public LibraryDeployment(LibraryResources resources, Set<String> replaceEdited) {
        this.resources = Objects.requireNonNull(resources);
        this.replaceEdited = Set.copyOf(replaceEdited);
    }

    /**
     * Deploys the library's files, then moves the instances still running under the keys the library used
     * before they were namespaced onto the namespaced definitions ({@link CycleMigration#migrateRenamedKeys()}).
     */
    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        deploy(processEngine);
        if (!resources.processKeys().isEmpty()) {
            new CycleMigration(processEngine.getRepositoryService(), processEngine.getRuntimeService())
                    .migrateRenamedKeys();
        }
    }

    /** Deploys the library's changed files, holding back those an administrator's edit stands in front of. */
    public Outcome deploy(ProcessEngine engine) {
        RepositoryService repository = engine.getRepositoryService();
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        List<LibraryResources.Entry> entries = resources.entries();
        Map<String, ResourceEntity> lastDeployed = configuration.getCommandExecutorTxRequired().execute(context ->
                context.getResourceManager().findLatestResourcesByDeploymentName(NAME,
                        entries.stream().map(LibraryResources.Entry::name).collect(Collectors.toSet()), SOURCE, null));
        List<HeldBack> heldBack = new ArrayList<>();
        DeploymentBuilder deployment = repository.createDeployment().name(NAME).source(SOURCE)
                .enableDuplicateFiltering(true);
        int added = 0;
        for (LibraryResources.Entry entry : entries) {
            ResourceEntity last = lastDeployed.get(entry.name());
            boolean changed = last == null || !entry.sameBytes(last.getBytes());
            Optional<HeldBack> edited = editedVersion(configuration, repository, entry, changed);
            if (edited.isPresent()) {
                heldBack.add(edited.get());
                warn(edited.get());
                continue;
            }
            if (changed) {
                deployment.addInputStream(entry.name(), new ByteArrayInputStream(entry.bytes()));
                added++;
            }
        }
        Deployment deployed = added == 0 ? null : deployment.deploy();
        LOG.info("learning-society's {} files: {} changed and deployed as '{}', {} held back", entries.size(), added,
                NAME, heldBack.size());
        return new Outcome(deployed, List.copyOf(heldBack));
    }

    /** The administrator's version standing in front of {@code entry}, if its latest is not the library's. */
    private Optional<HeldBack> editedVersion(ProcessEngineConfigurationImpl configuration, RepositoryService repository,
            LibraryResources.Entry entry, boolean changed) {
        for (String key : entry.keys()) {
            if (replaceEdited.contains(key)) {
                continue;
            }
            String deploymentId = latestDeploymentOf(configuration, repository, entry.kind(), key);
            if (deploymentId == null) {
                continue;
            }
            Deployment latest = repository.createDeploymentQuery().deploymentId(deploymentId).singleResult();
            if (latest != null && !isLibrarys(latest)) {
                return Optional.of(new HeldBack(entry.name(), key, latest.getName(), latest.getSource(), changed));
            }
        }
        return Optional.empty();
    }

    /** Whether {@code deployment} is the library's own: its deployment, or the auto-deployment it used to fill. */
    static boolean isLibrarys(Deployment deployment) {
        return SOURCE.equals(deployment.getSource()) || EARLIER_NAME.equals(deployment.getName());
    }

    private static String latestDeploymentOf(ProcessEngineConfigurationImpl configuration,
            RepositoryService repository, LibraryResources.Entry.Kind kind, String key) {
        return switch (kind) {
            case PROCESS -> Optional.ofNullable(repository.createProcessDefinitionQuery().processDefinitionKey(key)
                    .withoutTenantId().latestVersion().singleResult()).map(ProcessDefinition::getDeploymentId)
                    .orElse(null);
            case DECISION -> Optional.ofNullable(repository.createDecisionDefinitionQuery().decisionDefinitionKey(key)
                    .withoutTenantId().latestVersion().singleResult()).map(DecisionDefinition::getDeploymentId)
                    .orElse(null);
            case FORM -> Optional.ofNullable((CamundaFormDefinition) configuration.getCommandExecutorTxRequired()
                    .execute(context -> context.getCamundaFormDefinitionManager().findLatestDefinitionByKey(key)))
                    .map(CamundaFormDefinition::getDeploymentId).orElse(null);
        };
    }

    private static void warn(HeldBack held) {
        String whose = "deployment '" + held.deploymentName() + "'"
                + (held.deploymentSource() == null ? "" : " from '" + held.deploymentSource() + "'");
        if (held.libraryChanged()) {
            LOG.warn("learning-society did NOT deploy its new version of {} ({}): the latest deployed version of '{}' "
                    + "is an administrator's edit ({}), and deploying the library's would replace it for every new "
                    + "cycle. Merge the library's changes into the edited file in Camunda Modeler and deploy it, or, "
                    + "to use the library's file as it is, set learning-society.deployment.replace-edited={} and "
                    + "restart (see docs/administrators.md, 'Upgrading the library').",
                    held.key(), held.resource(), held.key(), whose, held.key());
        } else {
            LOG.info("learning-society keeps the administrator's version of '{}' ({}) in front of its own {}",
                    held.key(), whose, held.resource());
        }
    }
}
