package org.learningsociety.benchmarks;

import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * A portal as a host builds one: the starter with Spring MVC and Spring Security on a random port,
 * Hải Phòng's units, the plans and criteria loaded, and one administrator ({@code admin}) in the
 * engine's identity service. B6 and the API import call it over HTTP.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class ApiHost {

    static final String USER = "admin";
    static final String PASSWORD = "b6-secret";

    /** The running host and its base URL. */
    record Running(ConfigurableApplicationContext context, String url) implements AutoCloseable {

        @Override
        public void close() {
            context.close();
        }
    }

    /** @param haiPhong whether Hải Phòng's units are loaded (else the database's units are used as they are) */
    static Running start(DataSource dataSource, String name, boolean haiPhong) {
        SpringApplication application = new SpringApplication(ApiHost.class);
        application.setBannerMode(org.springframework.boot.Banner.Mode.OFF);
        application.setLogStartupInfo(false);
        application.setDefaultProperties(Map.of(
                "server.port", "0",
                "camunda.bpm.process-engine-name", name,
                "camunda.bpm.job-execution.enabled", "false",
                "camunda.bpm.metrics.enabled", "false",
                "learning-society.reference-data.units", haiPhong ? "PROVINCES" : "NONE",
                "learning-society.reference-data.drafts-in-force", "hai-phong-draft-2023",
                "learning-society.reference-data.provinces", "31",
                "learning-society.api.import-directory", System.getProperty("java.io.tmpdir") + "/ls-imports-" + name,
                // the benchmark recognises on the shipped sample criteria sets, knowingly
                "learning-society.criteria.allow-sample-sets", "true",
                "logging.level.root", "WARN"));
        application.addInitializers(context -> ((GenericApplicationContext) context)
                .registerBean("dataSource", DataSource.class, () -> dataSource));
        ConfigurableApplicationContext context = application.run();
        IdentityService identity = context.getBean(IdentityService.class);
        if (identity.createUserQuery().userId(USER).count() == 0) {
            Group group = identity.newGroup("camunda-admin");
            group.setName("camunda-admin");
            identity.saveGroup(group);
            User admin = identity.newUser(USER);
            admin.setPassword(PASSWORD);
            identity.saveUser(admin);
            identity.createMembership(USER, "camunda-admin");
        }
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new Running(context, "http://localhost:" + port + "/api/learning-society/v1");
    }
}
