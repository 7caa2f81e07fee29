package org.learningsociety.reliability;

import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Names the job executor's lock owner after {@code reliability.node-name} (Camunda's default is a
 * random UUID), so a test reading {@code ACT_RU_JOB.LOCK_OWNER_} knows which node holds a job.
 */
public class NamedLockOwner implements BeanPostProcessor, EnvironmentAware {

    private String nodeName;

    @Override
    public void setEnvironment(Environment environment) {
        this.nodeName = environment.getProperty("reliability.node-name");
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof JobExecutor jobExecutor && nodeName != null) {
            jobExecutor.setLockOwner(nodeName);
        }
        return bean;
    }
}
