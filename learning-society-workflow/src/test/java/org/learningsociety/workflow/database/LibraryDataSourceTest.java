package org.learningsociety.workflow.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.audit.AuditAction;
import org.learningsociety.core.audit.AuditRecord;
import org.learningsociety.core.audit.AuditTrail;
import org.learningsociety.core.audit.Audited;
import org.learningsociety.core.shared.Actor;
import org.learningsociety.core.shared.Transactions;
import org.learningsociety.workflow.LearningSocietyAutoConfiguration;
import org.learningsociety.workflow.evidence.EvidenceAutoConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A host with more than one DataSource: the library's tables and writes land in the one it is given
 * ({@code learningSocietyDataSource}), else in the {@code @Primary} one, inside its transactions; a host
 * that leaves it ambiguous, or gives a transaction manager of another DataSource, is refused at start
 * with what to do. Without an engine here; {@link EngineDatabaseCheckTest} has the engine.
 */
class LibraryDataSourceTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceTransactionManagerAutoConfiguration.class,
                    TransactionAutoConfiguration.class, LearningSocietyAutoConfiguration.class,
                    EvidenceAutoConfiguration.class))
            .withPropertyValues("learning-society.reference-data.load-plans-and-criteria=false");

    @Test
    void runsOnThePrimaryOfTwoDataSourcesAndWritesInsideItsTransactions() {
        runner.withUserConfiguration(PrimaryAndReports.class).run(context -> {
            assertThat(context).hasNotFailed();
            DataSource portal = context.getBean("portalDataSource", DataSource.class);
            DataSource reports = context.getBean("reportsDataSource", DataSource.class);
            assertThat(hasTable(portal, "ls_schema_history")).as("migrated on the primary").isTrue();
            assertThat(hasTable(reports, "ls_schema_history")).as("the other left alone").isFalse();

            writeThenRollBack(context.getBean(Transactions.class), context.getBean(AuditTrail.class));
            assertThat(audited(portal)).as("a rolled-back unit of work leaves nothing").isZero();

            context.getBean(Transactions.class).inTransaction(() -> {
                context.getBean(AuditTrail.class).append(record());
                return null;
            });
            assertThat(audited(portal)).as("a committed one lands in the primary").isEqualTo(1);
        });
    }

    @Test
    void runsOnTheDataSourceNamedLearningSocietyDataSourceRatherThanThePrimary() {
        runner.withUserConfiguration(PrimaryAndLibrarys.class).run(context -> {
            assertThat(context).hasNotFailed();
            DataSource portal = context.getBean("portalDataSource", DataSource.class);
            DataSource library = context.getBean(LearningSocietyDatabase.DATA_SOURCE, DataSource.class);
            assertThat(hasTable(library, "ls_schema_history")).isTrue();
            assertThat(hasTable(portal, "ls_schema_history")).isFalse();

            writeThenRollBack(context.getBean(Transactions.class), context.getBean(AuditTrail.class));
            assertThat(audited(library)).as("the library's own transaction manager rolled it back").isZero();
        });
    }

    @Test
    void takesADataSourceQualifiedLearningSocietyDataSourceUnderAnotherName() {
        runner.withUserConfiguration(QualifiedNotNamed.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(LearningSocietyDatabase.class).dataSourceName()).isEqualTo("archive");
            assertThat(hasTable(context.getBean("archive", DataSource.class), "ls_schema_history")).isTrue();
        });
    }

    @Test
    void leavesOutADataSourceThatIsNoAutowireCandidateAsAScopedProxysTarget() {
        DataSource visible = h2("visible");
        runner.withBean("visible", DataSource.class, () -> visible)
                .withBean("scopedTarget.visible", DataSource.class, () -> h2("target"),
                        definition -> definition.setAutowireCandidate(false))
                .withBean("transactionManager", PlatformTransactionManager.class,
                        () -> new JdbcTransactionManager(visible))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(LearningSocietyDatabase.class).dataSourceName()).isEqualTo("visible");
                    assertThat(hasTable(visible, "ls_schema_history")).isTrue();
                });
    }

    @Test
    void refusesTwoDataSourcesNoneOfThemPrimaryNamingThem() {
        runner.withUserConfiguration(TwoNonePrimary.class)
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("2 DataSource beans [first, second] and none is @Primary or named "
                                + "'learningSocietyDataSource'"));
    }

    @Test
    void refusesATransactionManagerOfAnotherDataSourceThanTheLibrarys() {
        runner.withUserConfiguration(LibraryWithoutItsTransactionManager.class)
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("the transaction manager 'portalTransactionManager' manages another "
                                + "DataSource than the library's ('learningSocietyDataSource')")
                        .hasStackTraceContaining("named or qualified 'learningSocietyTransactionManager'"));
    }

    @Test
    void stepsAsideForAPortalsOwnChoice() {
        runner.withUserConfiguration(PrimaryAndReports.class, PortalsOwnChoice.class)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(hasTable(context.getBean("reportsDataSource", DataSource.class), "ls_schema_history"))
                            .isTrue();
                    assertThat(hasTable(context.getBean("portalDataSource", DataSource.class), "ls_schema_history"))
                            .isFalse();
                });
    }

    private static void writeThenRollBack(Transactions transactions, AuditTrail audit) {
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            audit.append(record());
            throw new IllegalStateException("the rest of the unit of work failed");
        })).hasMessage("the rest of the unit of work failed");
    }

    static AuditRecord record() {
        return AuditRecord.of(Audited.REGISTRATION, 1, AuditAction.REGISTERED, Actor.SYSTEM, Instant.now(), null,
                "ĐĂNG KÝ", null);
    }

    static int audited(DataSource dataSource) {
        return new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) FROM ls_audit", Integer.class);
    }

    static boolean hasTable(DataSource dataSource, String table) {
        return new JdbcTemplate(dataSource).queryForObject(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE UPPER(TABLE_NAME) = ?", Integer.class,
                table.toUpperCase()) > 0;
    }

    static DataSource h2(String name) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return dataSource;
    }

    /** A portal's own DataSource, {@code @Primary}, and another for its reports; Boot's transaction manager. */
    @Configuration(proxyBeanMethods = false)
    static class PrimaryAndReports {

        @Bean
        @Primary
        DataSource portalDataSource() {
            return h2("portal");
        }

        @Bean
        DataSource reportsDataSource() {
            return h2("reports");
        }
    }

    /** A portal's own DataSource and transaction manager, {@code @Primary}, and the library's pair. */
    @Configuration(proxyBeanMethods = false)
    static class PrimaryAndLibrarys {

        @Bean
        @Primary
        DataSource portalDataSource() {
            return h2("portal");
        }

        @Bean
        @Primary
        PlatformTransactionManager portalTransactionManager(DataSource portalDataSource) {
            return new JdbcTransactionManager(portalDataSource);
        }

        @Bean
        DataSource learningSocietyDataSource() {
            return h2("library");
        }

        @Bean
        PlatformTransactionManager learningSocietyTransactionManager(
                @Qualifier("learningSocietyDataSource") DataSource library) {
            return new JdbcTransactionManager(library);
        }
    }

    /** The library's DataSource and transaction manager qualified, under names of the portal's. */
    @Configuration(proxyBeanMethods = false)
    static class QualifiedNotNamed {

        @Bean
        @Primary
        DataSource portalDataSource() {
            return h2("portal");
        }

        @Bean
        @Primary
        PlatformTransactionManager portalTransactionManager(DataSource portalDataSource) {
            return new JdbcTransactionManager(portalDataSource);
        }

        @Bean
        @Qualifier(LearningSocietyDatabase.DATA_SOURCE)
        DataSource archive() {
            return h2("archive");
        }

        @Bean
        @Qualifier(LearningSocietyDatabase.TRANSACTION_MANAGER)
        PlatformTransactionManager archiveTransactions(@Qualifier("archive") DataSource archive) {
            return new JdbcTransactionManager(archive);
        }
    }

    /** Two DataSources, neither {@code @Primary}; the portal's transaction manager on the first. */
    @Configuration(proxyBeanMethods = false)
    static class TwoNonePrimary {

        @Bean
        DataSource first() {
            return h2("first");
        }

        @Bean
        DataSource second() {
            return h2("second");
        }

        @Bean
        PlatformTransactionManager transactionManager(@Qualifier("first") DataSource first) {
            return new JdbcTransactionManager(first);
        }
    }

    /** A portal that builds the library's choice itself. */
    @Configuration(proxyBeanMethods = false)
    static class PortalsOwnChoice {

        @Bean
        LearningSocietyDatabase chosen(@Qualifier("reportsDataSource") DataSource reports) {
            return new LearningSocietyDatabase(reports, "reportsDataSource", new JdbcTransactionManager(reports),
                    "its own");
        }
    }

    /** The library's DataSource, but only the portal's transaction manager. */
    @Configuration(proxyBeanMethods = false)
    static class LibraryWithoutItsTransactionManager {

        @Bean
        @Primary
        DataSource portalDataSource() {
            return h2("portal");
        }

        @Bean
        PlatformTransactionManager portalTransactionManager(DataSource portalDataSource) {
            return new JdbcTransactionManager(portalDataSource);
        }

        @Bean
        DataSource learningSocietyDataSource() {
            return h2("library");
        }
    }
}
