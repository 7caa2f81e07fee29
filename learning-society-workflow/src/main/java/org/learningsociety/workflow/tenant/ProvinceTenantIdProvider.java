package org.learningsociety.workflow.tenant;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tenant of a process instance whose definition has none (the shared, library-deployed one): a called
 * process inherits its caller's tenant; a process started with a {@code unitCode} variable (every cycle and
 * report process) gets the unit's province's code; any other stays without tenant. A decision evaluated in a
 * process gets the process's tenant in history. Camunda asks only for instances of definitions without a
 * tenant: an instance of a province's own definition has that definition's tenant.
 */
public class ProvinceTenantIdProvider implements TenantIdProvider {

    /** The variable naming the unit a library process runs for (cycles' and reports' alike). */
    public static final String UNIT_CODE = "unitCode";

    private static final Logger LOG = LoggerFactory.getLogger(ProvinceTenantIdProvider.class);

    private final Function<String, String> tenantOfUnit;

    /** @param provinces looked up when first needed: the engine is built before the library's units */
    public ProvinceTenantIdProvider(Supplier<Provinces> provinces) {
        Objects.requireNonNull(provinces);
        this.tenantOfUnit = code -> provinces.get().tenantIdOf(code);
    }

    /** @param tenantOfUnit the tenant id of a unit's province by the unit's code ({@code null}: none) */
    public ProvinceTenantIdProvider(Function<String, String> tenantOfUnit) {
        this.tenantOfUnit = Objects.requireNonNull(tenantOfUnit);
    }

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
        if (ctx.getSuperExecution() != null) {
            return ctx.getSuperExecution().getTenantId();
        }
        if (ctx.getSuperCaseExecution() != null) {
            return ctx.getSuperCaseExecution().getTenantId();
        }
        Object unitCode = ctx.getVariables() == null ? null : ctx.getVariables().get(UNIT_CODE);
        if (!(unitCode instanceof String code)) {
            return null;
        }
        String tenantId = tenantOfUnit.apply(code);
        if (tenantId == null) {
            LOG.warn("No province found for unit {}: the {} instance starts without a tenant and every province's "
                    + "officers can see it", code, ctx.getProcessDefinition().getKey());
        }
        return tenantId;
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
        return ctx.getSuperExecution() != null ? ctx.getSuperExecution().getTenantId() : null;
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
        DelegateExecution execution = ctx.getExecution();
        return execution != null ? execution.getTenantId() : null;
    }
}
