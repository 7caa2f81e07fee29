package org.learningsociety.workflow.engine;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.repository.DeploymentBuilderImpl;
import org.camunda.bpm.engine.repository.ProcessApplicationDeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the library's files out of every deployment but its own ({@link LibraryDeployment}). Camunda's
 * Spring Boot starter deploys {@code classpath*:**}{@code /*.bpmn} and {@code *.dmn} by default, jars
 * included, and a process application may scan the class path: either would deploy the library's BPMN
 * and DMN again under the host's deployment, even with {@code learning-society.enabled=false}. This
 * engine plugin takes out of any other deployment the files whose bytes are exactly one of the
 * library's (so an administrator's edited file, deployed from Modeler, is not touched), and logs which.
 * A deployment left with nothing is not made. It stays on with {@code learning-society.enabled=false}:
 * then the library deploys nothing at all.
 */
public class LibraryFilesFilter extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(LibraryFilesFilter.class);

    private final LibraryResources resources;

    public LibraryFilesFilter(LibraryResources resources) {
        this.resources = Objects.requireNonNull(resources);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        DeployCommands.addInFront(configuration, new Filtering(resources));
    }

    static final class Filtering extends CommandInterceptor {

        private final LibraryResources resources;

        Filtering(LibraryResources resources) {
            this.resources = resources;
        }

        @Override
        public <T> T execute(Command<T> command) {
            DeploymentBuilderImpl builder = DeployCommands.builderOf(command);
            if (builder == null || LibraryDeployment.SOURCE.equals(builder.getDeployment().getSource())) {
                return next.execute(command);
            }
            Map<String, ResourceEntity> files = builder.getDeployment().getResources();
            if (files == null || files.isEmpty()) {
                return next.execute(command);
            }
            List<String> library = files.values().stream().filter(file -> resources.isLibraryFile(file.getBytes()))
                    .map(ResourceEntity::getName).toList();
            if (library.isEmpty()) {
                return next.execute(command);
            }
            boolean nothingLeft = library.size() == files.size() && builder.getDeployments().isEmpty()
                    && builder.getDeploymentResourcesById().isEmpty() && builder.getDeploymentResourcesByName().isEmpty();
            if (nothingLeft && builder instanceof ProcessApplicationDeploymentBuilder) {
                // a process application must get a deployment to register with; it is the host's own choice of files
                LOG.warn("The process application's deployment '{}' holds only learning-society's files {}, which only "
                        + "the library's own deployment '{}' should deploy; take them out of the application's "
                        + "processes.xml scan",
                        builder.getDeployment().getName(), library, LibraryDeployment.NAME);
                return next.execute(command);
            }
            LOG.info("Left learning-society's files {} out of the deployment '{}': only the library's own deployment "
                    + "'{}' deploys them (none with learning-society.enabled=false)", library,
                    builder.getDeployment().getName(), LibraryDeployment.NAME);
            if (nothingLeft) {
                return null;
            }
            library.forEach(files::remove);
            return next.execute(command);
        }
    }
}
