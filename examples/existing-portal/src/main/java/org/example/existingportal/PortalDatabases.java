package org.example.existingportal;

import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.boot.sql.init.DatabaseInitializationMode;
import org.springframework.boot.sql.init.DatabaseInitializationSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The portal's two databases: its business database ({@code portal.datasource}, {@code @Primary}: the
 * citizens' requests, and Camunda's tables since the portal first ran its process), and an audit store
 * ({@code portal.audit-datasource}) that keeps who did what, apart from the business data.
 *
 * <p>Spring Boot's own DataSource steps back when a portal declares its own; its transaction manager,
 * {@code JdbcClient} and {@code spring.sql.init} scripts still come, on the {@code @Primary} one.
 */
@Configuration(proxyBeanMethods = false)
class PortalDatabases {

    /** The qualifier of the audit store. */
    static final String AUDIT = "auditDataSource";

    @Bean
    @Primary
    @ConfigurationProperties("portal.datasource")
    DataSourceProperties portalDataSourceProperties() {
        return new DataSourceProperties();
    }

    @Bean
    @Primary
    DataSource portalDataSource(DataSourceProperties portalDataSourceProperties) {
        return portalDataSourceProperties.initializeDataSourceBuilder().build();
    }

    @Bean
    @ConfigurationProperties("portal.audit-datasource")
    DataSourceProperties auditDataSourceProperties() {
        return new DataSourceProperties();
    }

    @Bean(AUDIT)
    DataSource auditDataSource(@Qualifier("auditDataSourceProperties") DataSourceProperties properties) {
        return properties.initializeDataSourceBuilder().build();
    }

    /** The audit store's table, created on start ({@code audit-schema.sql}). */
    @Bean
    DataSourceScriptDatabaseInitializer auditSchema(@Qualifier(AUDIT) DataSource audit) {
        DatabaseInitializationSettings settings = new DatabaseInitializationSettings();
        settings.setSchemaLocations(List.of("classpath:audit-schema.sql"));
        settings.setMode(DatabaseInitializationMode.ALWAYS);
        return new DataSourceScriptDatabaseInitializer(audit, settings);
    }

    @Bean
    AuditLog auditLog(@Qualifier(AUDIT) DataSource audit) {
        return new AuditLog(JdbcClient.create(audit));
    }
}
