package org.learningsociety.workflow.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.privacy.EvidenceRetention;
import org.learningsociety.workflow.LearningSocietyAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class EvidenceAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
                    LearningSocietyAutoConfiguration.class, EvidenceAutoConfiguration.class))
            .withPropertyValues("spring.datasource.url=jdbc:h2:mem:evidence-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                    "learning-society.reference-data.load-plans-and-criteria=false");

    @Test
    void schedulesNoPurgeUnlessTheRetentionIsSet() {
        runner.run(context -> {
            assertThat(context).doesNotHaveBean(EvidencePurgeSchedule.class);
            assertThat(context.getBean(EvidenceRetention.class).retention()).isEqualTo(Period.ofYears(5));
        });
    }

    @Test
    void schedulesThePurgeWithTheRetentionSet() {
        runner.withPropertyValues("learning-society.evidence.retention=P2Y", "learning-society.evidence.purge-interval=12h")
                .run(context -> {
                    assertThat(context).hasSingleBean(EvidencePurgeSchedule.class);
                    assertThat(context.getBean(EvidenceRetention.class).retention()).isEqualTo(Period.ofYears(2));
                    assertThat(context.getBean(EvidencePurgeSchedule.class).isRunning()).isTrue();
                    assertThat(context.getBean(EvidencePurgeSchedule.class).purgeNow()).isZero();
                });
    }

    @Test
    void keepsEvidenceFilesUnderTheConfiguredDirectoryUpToTheConfiguredSize() {
        runner.withPropertyValues("learning-society.evidence.directory=target/evidence-config-test",
                        "learning-society.evidence.max-size=3MB")
                .run(context -> {
                    assertThat(context.getBean(org.learningsociety.core.evidence.EvidenceStore.class))
                            .isInstanceOfSatisfying(FileSystemEvidenceStore.class, store -> assertThat(store.directory())
                                    .isEqualTo(java.nio.file.Path.of("target/evidence-config-test").toAbsolutePath()));
                    assertThat(context.getBean(org.learningsociety.core.evidence.EvidenceUploads.class).maxSize())
                            .isEqualTo(3L * 1024 * 1024);
                });
        runner.run(context -> assertThat(context.getBean(org.learningsociety.core.evidence.EvidenceUploads.class).maxSize())
                .as("10MB by default").isEqualTo(10L * 1024 * 1024));
    }

    @Test
    void stepsAsideForAPortalsOwnEvidenceStore() {
        runner.withBean(org.learningsociety.core.evidence.EvidenceStore.class,
                        () -> org.learningsociety.core.evidence.EvidenceStore.NONE)
                .run(context -> {
                    assertThat(context.getBean(org.learningsociety.core.evidence.EvidenceStore.class))
                            .isSameAs(org.learningsociety.core.evidence.EvidenceStore.NONE);
                    assertThat(context).hasSingleBean(org.learningsociety.core.evidence.EvidenceUploads.class);
                });
    }
}
