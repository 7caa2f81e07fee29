package org.learningsociety.workflow.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.learningsociety.workflow.api.LearningSocietyProblems;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The document's customizers: made with the API and springdoc, each stepping aside for a portal's own. */
class ApiDocumentAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ApiDocumentAutoConfiguration.class))
            .withBean(LearningSocietyProblems.class, LearningSocietyProblems::new);

    @Test
    void makesTheProblemResponsesTheExamplesAndThePlainSummaries() {
        runner.run(context -> assertThat(context).hasSingleBean(ProblemResponses.class)
                .hasSingleBean(SchemaExamples.class).hasSingleBean(PlainSummaries.class));
    }

    @Test
    void eachStepsAsideForAPortalsOwn() {
        ProblemResponses own = new ProblemResponses(Map.of());
        runner.withBean("portalProblemResponses", ProblemResponses.class, () -> own)
                .run(context -> assertThat(context.getBean(ProblemResponses.class)).isSameAs(own));
    }

    @Test
    void makesNothingWithoutSpringdoc() {
        runner.withClassLoader(new FilteredClassLoader(OpenApiCustomizer.class))
                .run(context -> assertThat(context).doesNotHaveBean(ProblemResponses.class)
                        .doesNotHaveBean(SchemaExamples.class).doesNotHaveBean(PlainSummaries.class));
    }

    @Test
    void makesNothingWithoutTheApi() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ApiDocumentAutoConfiguration.class))
                .run(context -> assertThat(context).doesNotHaveBean(ProblemResponses.class));
    }

    @Test
    void aSummaryBecomesOneLineOfPlainText() {
        assertThat(PlainSummaries.plain("The units beneath <code>code</code> on\n <code>on</code>, <b>today</b>."))
                .isEqualTo("The units beneath `code` on `on`, today.");
    }
}
