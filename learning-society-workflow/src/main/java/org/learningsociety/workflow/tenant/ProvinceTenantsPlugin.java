package org.learningsociety.workflow.tenant;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.behavior.CallableElementActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.core.model.BaseCallableElement;
import org.camunda.bpm.engine.impl.core.variable.mapping.value.ParameterValueProvider;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Provinces as tenants inside the engine (an engine plugin): installs the {@link TenantIdProvider} (the
 * library's {@link ProvinceTenantIdProvider}, or a host's own bean) unless the engine configuration holds one
 * already, and makes the call activities that name no {@code camunda:calledElementTenantId} call the
 * province's own version of a process when its tenant deployed one, else the shared one.
 *
 * <p>Camunda's own rule for a call activity without {@code calledElementTenantId} is the <em>calling
 * definition's</em> tenant: a shared {@code annual-cycle} would always call the shared {@code verify}, even for
 * a province that deployed its own, and a province's own {@code annual-cycle} would fail on a called process it
 * did not deploy. With this plugin the calling <em>instance's</em> tenant decides, falling back to the shared
 * definition. A call activity naming {@code calledElementTenantId}, or bound to a deployment, a version or a
 * version tag, keeps Camunda's rule.
 */
public class ProvinceTenantsPlugin extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(ProvinceTenantsPlugin.class);

    private final TenantIdProvider provider;

    public ProvinceTenantsPlugin(TenantIdProvider provider) {
        this.provider = Objects.requireNonNull(provider);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
        if (listeners == null) {
            listeners = new ArrayList<>();
            configuration.setCustomPostBPMNParseListeners(listeners);
        }
        listeners.add(new OwnOrSharedCalledElement());
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getTenantIdProvider() == null) {
            configuration.setTenantIdProvider(provider);
            LOG.info("Provinces are Camunda tenants: each cycle and report process carries its province's code");
        } else {
            LOG.info("The engine holds a tenant id provider of its own ({}); the library's is not installed",
                    configuration.getTenantIdProvider().getClass().getName());
        }
    }

    /** Gives the library's kind of call activities the instance's-tenant-else-shared rule. */
    static final class OwnOrSharedCalledElement extends AbstractBpmnParseListener {

        @Override
        public void parseCallActivity(Element callActivityElement, ScopeImpl scope, ActivityImpl activity) {
            if (activity.getActivityBehavior() instanceof CallableElementActivityBehavior behavior) {
                BaseCallableElement element = behavior.getCallableElement();
                if (element != null && element.getTenantIdProvider() == null && element.isLatestBinding()) {
                    element.setTenantIdProvider(new InstanceTenantElseShared(element));
                }
            }
        }
    }

    /** The calling instance's tenant if it deployed the called process, else none (the shared definition). */
    static final class InstanceTenantElseShared implements ParameterValueProvider {

        private final BaseCallableElement element;

        InstanceTenantElseShared(BaseCallableElement element) {
            this.element = element;
        }

        @Override
        public Object getValue(VariableScope scope) {
            if (!(scope instanceof ExecutionEntity execution) || execution.getTenantId() == null) {
                return null;
            }
            String tenantId = execution.getTenantId();
            String key = element.getDefinitionKey(scope);
            boolean own = Context.getCommandContext().getProcessDefinitionManager()
                    .findLatestProcessDefinitionByKeyAndTenantId(key, tenantId) != null;
            return own ? tenantId : null;
        }

        @Override
        public boolean isDynamic() {
            return true;
        }
    }
}
