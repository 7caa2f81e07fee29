package org.learningsociety.workflow.webapp;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Camunda's Tasklist and Welcome in Vietnamese, when the portal adds Camunda's webapp
 * ({@code camunda-bpm-spring-boot-starter-webapp}): {@link VietnameseWebappFilter} serves their {@code vi}
 * locale, {@code config.js} and user styles ahead of Camunda's own resource handler.
 * {@code learning-society.webapp.vietnamese=false} turns it off.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration")
@ConditionalOnProperty(prefix = "learning-society", name = "enabled", havingValue = "true", matchIfMissing = true)
@ConditionalOnProperty(prefix = "learning-society.webapp", name = "vietnamese", havingValue = "true",
        matchIfMissing = true)
public class VietnameseWebappAutoConfiguration {

    /** The registration's bean name, to replace it with a portal's own. */
    public static final String REGISTRATION = "learningSocietyVietnameseWebapp";

    @Bean(REGISTRATION)
    @ConditionalOnMissingBean(name = REGISTRATION)
    public FilterRegistrationBean<VietnameseWebappFilter> learningSocietyVietnameseWebapp(
            CamundaBpmProperties camunda) {
        String applicationPath = camunda.getWebapp().getApplicationPath();
        VietnameseWebappFilter filter = new VietnameseWebappFilter(applicationPath,
                VietnameseWebappAutoConfiguration.class.getClassLoader());
        FilterRegistrationBean<VietnameseWebappFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setName(REGISTRATION);
        registration.addUrlPatterns(applicationPath + "/app/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
