package org.learningsociety.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.learningsociety.workflow.LearningSocietyProperties;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** JWT mode is a switch of the portal's: off by default, on only with a decoder, absent without the classes. */
class JwtAutoConfigurationTest {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(LearningSocietyJwtAutoConfiguration.class))
            .withUserConfiguration(Properties.class);

    @Test
    void aDecoderAloneDoesNotTurnTheApiToBearerTokens() {
        runner.withBean(JwtDecoder.class, () -> token -> null)
                .run(context -> assertThat(context).doesNotHaveBean(ApiBearerTokens.class));
    }

    @Test
    void switchedOnTheApiTakesBearerTokensCheckedByThePortalsDecoder() {
        runner.withBean(JwtDecoder.class, () -> token -> null)
                .withPropertyValues("learning-society.security.jwt.enabled=true")
                .run(context -> assertThat(context).hasSingleBean(JwtApiBearerTokens.class)
                        .hasSingleBean(OfficerClaims.class));
    }

    @Test
    void switchedOnWithoutADecoderTheStartSaysWhatIsMissing() {
        runner.withPropertyValues("learning-society.security.jwt.enabled=true")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("spring.security.oauth2.resourceserver.jwt.issuer-uri"));
    }

    @Test
    void withoutTheResourceServerOnTheClasspathThereIsNoJwtMode() {
        runner.withClassLoader(new FilteredClassLoader(JwtDecoder.class))
                .withPropertyValues("learning-society.security.jwt.enabled=true")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(ApiBearerTokens.class));
    }

    @Test
    void aPortalsOwnClaimsStepInForTheLibrarys() {
        OfficerClaims own = new OfficerClaims(new LearningSocietyProperties.Security());
        runner.withBean(JwtDecoder.class, () -> token -> null).withBean(OfficerClaims.class, () -> own)
                .withPropertyValues("learning-society.security.jwt.enabled=true")
                .run(context -> assertThat(context.getBean(OfficerClaims.class)).isSameAs(own));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(LearningSocietyProperties.class)
    static class Properties {
    }
}
