package org.learningsociety.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.audit.AuditTrail;
import org.learningsociety.core.privacy.EvidenceRetention;
import org.learningsociety.core.privacy.PersonalData;
import org.learningsociety.core.shared.Actor;
import org.learningsociety.core.shared.CurrentActor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

class AuditAndRetentionAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
                    LearningSocietyAutoConfiguration.class))
            .withPropertyValues("spring.datasource.url=jdbc:h2:mem:audit-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                    "learning-society.reference-data.load-plans-and-criteria=false");

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void auditsUnderTheLoggedInUserOfSpringSecurityElseSystem() {
        runner.run(context -> {
            CurrentActor actor = context.getBean(CurrentActor.class);
            assertThat(actor).isInstanceOf(SpringSecurityActor.class);
            assertThat(actor.get()).isEqualTo(Actor.SYSTEM);

            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    "can-bo.thanh-dong", null, AuthorityUtils.createAuthorityList("ROLE_OFFICER")));
            assertThat(actor.get()).isEqualTo(new Actor("can-bo.thanh-dong"));

            SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                    AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
            assertThat(actor.get()).isEqualTo(Actor.SYSTEM);
        });
    }

    @Test
    void stepsAsideForAPortalsOwnActor() {
        runner.withBean(CurrentActor.class, () -> () -> new Actor("cong-thong-tin"))
                .run(context -> assertThat(context.getBean(CurrentActor.class).get()).isEqualTo(new Actor("cong-thong-tin")));
    }

    @Test
    void wiresTheAuditTrailAndPersonalDataOnTheDatabase() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(AuditTrail.class).hasSingleBean(PersonalData.class);
            assertThat(context.getBean(AuditTrail.class).historyOf(org.learningsociety.core.audit.Audited.REGISTRATION, 1))
                    .isEqualTo(List.of());
        });
    }

    @Test
    void schedulesNoPurgeUnlessTheRetentionIsSet() {
        runner.run(context -> {
            assertThat(context).doesNotHaveBean(EvidencePurgeSchedule.class);
            assertThat(context.getBean(EvidenceRetention.class).retention()).isEqualTo(Period.ofYears(5));
        });
    }

    @Test
    void schedulesThePurgeWithTheRetentionSet() {
        runner.withPropertyValues("learning-society.evidence-retention=P2Y", "learning-society.evidence-purge-interval=12h")
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
