package org.learningsociety.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.audit.AuditTrail;
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

class AuditAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
                    LearningSocietyAutoConfiguration.class, org.learningsociety.workflow.evidence.EvidenceAutoConfiguration.class))
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
}
