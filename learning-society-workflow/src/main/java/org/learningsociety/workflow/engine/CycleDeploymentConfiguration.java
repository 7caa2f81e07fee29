package org.learningsociety.workflow.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultDeploymentConfiguration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Deploys the cycle's BPMN, DMN and Camunda Forms on start. The starter's default pattern leaves
 * out {@code .form} files, so they are added here explicitly, next to whatever the portal's own
 * {@code camunda.bpm.deployment-resource-pattern} finds.
 */
public class CycleDeploymentConfiguration extends DefaultDeploymentConfiguration {

    static final String[] PATTERNS = {"classpath*:bpmn/*.bpmn", "classpath*:dmn/*.dmn", "classpath*:forms/*.form"};

    @Override
    public Set<Resource> getDeploymentResources() {
        Map<String, Resource> byUrl = new LinkedHashMap<>();
        if (camundaBpmProperties != null) {
            super.getDeploymentResources().forEach(resource -> byUrl.put(describe(resource), resource));
        }
        cycleResources().forEach(resource -> byUrl.putIfAbsent(describe(resource), resource));
        return new LinkedHashSet<>(byUrl.values());
    }

    /** The cycle's own resources: the three patterns above. */
    static Set<Resource> cycleResources() {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        Set<Resource> resources = new LinkedHashSet<>();
        try {
            for (String pattern : PATTERNS) {
                resources.addAll(java.util.List.of(resolver.getResources(pattern)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return resources;
    }

    private static String describe(Resource resource) {
        try {
            return resource.getURL().toString();
        } catch (IOException e) {
            return resource.getDescription();
        }
    }
}
