package org.learningsociety.workflow.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The engine plugin on a bare engine: a called process runs in the caller's tenant, on the tenant's own
 * version of the called process where the tenant deployed one and on the shared one otherwise, whichever
 * version the caller is; a tenant id provider the engine has already is kept.
 */
class ProvinceTenantsPluginTest {

    private ProcessEngine engine;

    @AfterEach
    void close() {
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void callsTheTenantsOwnVersionOfACalledProcessElseTheSharedOneInTheCallersTenant() {
        engine = engine(new ProvinceTenantsPlugin(provinces(Map.of("10507", "31", "00004", "01"))));
        var repository = engine.getRepositoryService();
        repository.createDeployment().addModelInstance("parent.bpmn", parent()).addModelInstance("child.bpmn",
                child("Dùng chung")).deploy();
        repository.createDeployment().tenantId("31").addModelInstance("child.bpmn", child("Hải Phòng")).deploy();

        ProcessInstance haiPhong = start("10507");
        ProcessInstance haNoi = start("00004");

        assertThat(haiPhong.getTenantId()).isEqualTo("31");
        assertThat(haNoi.getTenantId()).isEqualTo("01");
        assertThat(calledDefinitionName(haiPhong)).isEqualTo("Hải Phòng");
        assertThat(calledTenant(haiPhong)).isEqualTo("31");
        assertThat(calledDefinitionName(haNoi)).isEqualTo("Dùng chung");
        assertThat(calledTenant(haNoi)).isEqualTo("01");
        // the called process's task belongs to the caller's tenant too
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(called(haNoi).getId()).singleResult()
                .getTenantId()).isEqualTo("01");
    }

    @Test
    void aProvincesOwnCallerCallsTheSharedProcessItDidNotDeploy() {
        engine = engine(new ProvinceTenantsPlugin(provinces(Map.of("00004", "01"))));
        var repository = engine.getRepositoryService();
        repository.createDeployment().addModelInstance("child.bpmn", child("Dùng chung")).deploy();
        repository.createDeployment().tenantId("01").addModelInstance("parent.bpmn", parent()).deploy();

        ProcessInstance haNoi = engine.getRuntimeService().createProcessInstanceByKey("parent")
                .processDefinitionTenantId("01").setVariables(Map.of("unitCode", "00004")).execute();

        assertThat(calledDefinitionName(haNoi)).isEqualTo("Dùng chung");
        assertThat(calledTenant(haNoi)).isEqualTo("01");
    }

    @Test
    void keepsATenantIdProviderTheEngineHasAlready() {
        TenantIdProvider hosts = provinces(Map.of("10507", "haiphong"));
        engine = engine(new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                configuration.setTenantIdProvider(hosts);
            }
        }, new ProvinceTenantsPlugin(provinces(Map.of("10507", "31"))));
        engine.getRepositoryService().createDeployment().addModelInstance("parent.bpmn", parent())
                .addModelInstance("child.bpmn", child("Dùng chung")).deploy();

        assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getTenantIdProvider())
                .isSameAs(hosts);
        assertThat(start("10507").getTenantId()).isEqualTo("haiphong");
    }

    private ProcessInstance start(String unitCode) {
        return engine.getRuntimeService().createProcessInstanceByKey("parent").processDefinitionWithoutTenantId()
                .setVariables(Map.of("unitCode", unitCode)).execute();
    }

    private ProcessInstance called(ProcessInstance caller) {
        return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(caller.getId())
                .singleResult();
    }

    private String calledDefinitionName(ProcessInstance caller) {
        return engine.getRepositoryService().getProcessDefinition(called(caller).getProcessDefinitionId()).getName();
    }

    private String calledTenant(ProcessInstance caller) {
        return called(caller).getTenantId();
    }

    private static BpmnModelInstance parent() {
        return Bpmn.createExecutableProcess("parent").camundaHistoryTimeToLive(1).startEvent()
                .callActivity("call").calledElement("child").endEvent().done();
    }

    private static BpmnModelInstance child(String name) {
        return Bpmn.createExecutableProcess("child").name(name).camundaHistoryTimeToLive(1).startEvent()
                .userTask("approve").endEvent().done();
    }

    private static ProcessEngine engine(org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin... plugins) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl)
                new StandaloneInMemProcessEngineConfiguration()
                        .setJdbcUrl("jdbc:h2:mem:tenants-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                        .setJobExecutorActivate(false)
                        .setProcessEngineName("tenants-" + UUID.randomUUID());
        configuration.getProcessEnginePlugins().addAll(List.of(plugins));
        return configuration.buildProcessEngine();
    }

    private static ProvinceTenantIdProvider provinces(Map<String, String> provinceOfUnit) {
        return new ProvinceTenantIdProvider(provinceOfUnit::get);
    }
}
