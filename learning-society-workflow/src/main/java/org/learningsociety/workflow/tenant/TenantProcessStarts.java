package org.learningsociety.workflow.tenant;

import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;

/**
 * Starts a library process for a unit on the right definition: its province's own version of the process
 * when the province deployed one for its tenant, else the shared one (deployed without tenant). The instance
 * of a shared definition gets its province's tenant from {@link ProvinceTenantIdProvider}; an instance of a
 * province's own definition has the definition's tenant.
 */
public class TenantProcessStarts {

    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final Provinces provinces;

    public TenantProcessStarts(RuntimeService runtime, RepositoryService repository, Provinces provinces) {
        this.runtime = Objects.requireNonNull(runtime);
        this.repository = Objects.requireNonNull(repository);
        this.provinces = Objects.requireNonNull(provinces);
    }

    /** Starts {@code processKey} for {@code unitCode}: the province's own latest version if any, else the shared. */
    public void start(String processKey, String businessKey, Map<String, Object> variables, String unitCode) {
        String tenantId = provinces.tenantIdOf(unitCode);
        ProcessInstantiationBuilder start = runtime.createProcessInstanceByKey(processKey).businessKey(businessKey)
                .setVariables(variables);
        if (tenantId != null && ownsVersion(processKey, tenantId)) {
            start.processDefinitionTenantId(tenantId);
        } else {
            start.processDefinitionWithoutTenantId();
        }
        start.execute();
    }

    /** Whether the tenant deployed a version of {@code processKey} of its own. */
    public boolean ownsVersion(String processKey, String tenantId) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(processKey).tenantIdIn(tenantId)
                .count() > 0;
    }
}
