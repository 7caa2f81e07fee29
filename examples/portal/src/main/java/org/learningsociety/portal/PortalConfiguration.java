package org.learningsociety.portal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.time.Clock;
import org.learningsociety.core.attainment.AttainmentService;
import org.learningsociety.core.criteria.CriteriaSets;
import org.learningsociety.core.registration.Recognising;
import org.learningsociety.core.registration.Registering;
import org.learningsociety.core.registration.SelfAssessing;
import org.learningsociety.core.registration.Verifying;
import org.learningsociety.core.subject.SubjectCatalogue;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.workflow.LearningSocietyAutoConfiguration;
import org.learningsociety.workflow.api.UnitAccess;
import org.learningsociety.workflow.cycle.CampaignLauncher;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The portal's beans on top of the starter's. */
@Configuration(proxyBeanMethods = false)
class PortalConfiguration {

    /** The OpenAPI document's title and how to authenticate, for Swagger UI. */
    @Bean
    OpenAPI portalOpenApi() {
        return new OpenAPI()
                .info(new Info().title("API xây dựng xã hội học tập").version("v1")
                        .description("Đơn vị hành chính, chỉ tiêu, bộ tiêu chí, chu kỳ hằng năm, hồ sơ đăng ký và "
                                + "báo cáo kết quả. Đăng nhập bằng tài khoản cán bộ (HTTP Basic); cán bộ chỉ truy cập "
                                + "được đơn vị mình và các đơn vị trực thuộc."))
                .components(new Components().addSecuritySchemes("canBo",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("canBo"));
    }

    @Bean
    DomainEventLog domainEventLog() {
        return new DomainEventLog();
    }

    @Bean(destroyMethod = "close")
    Dashboard dashboard(AttainmentService attainment, UnitDirectory units, UnitAccess access,
            @Qualifier(LearningSocietyAutoConfiguration.CLOCK) Clock clock,
            org.springframework.beans.factory.ObjectProvider<org.learningsociety.core.report.ReportService> reports,
            org.springframework.beans.factory.ObjectProvider<org.learningsociety.core.indicator.IndicatorReport> indicators,
            org.springframework.beans.factory.ObjectProvider<org.learningsociety.workflow.api.DecisionsController> decisions,
            org.learningsociety.workflow.security.GroupUnits groupUnits,
            org.springframework.beans.factory.ObjectProvider<org.learningsociety.core.plantask.PlanTaskTracking> planTasks,
            org.springframework.beans.factory.ObjectProvider<org.learningsociety.core.unit.CallerBodies> taskBodies,
            @org.springframework.beans.factory.annotation.Value("${portal.province}") String province) {
        return new Dashboard(attainment, units, access, clock, reports.getIfAvailable(), indicators.getIfAvailable(),
                decisions.getIfAvailable(), province, groups -> groups.stream().map(groupUnits::unitCodeOf)
                        .flatMap(java.util.Optional::stream).distinct().toList(),
                // the figures of a page measured on four threads: a year's five models, the plan's indicators
                java.util.concurrent.Executors.newFixedThreadPool(4, runnable -> {
                    Thread thread = new Thread(runnable, "dashboard-measuring");
                    thread.setDaemon(true);
                    return thread;
                })).withPlanTasks(planTasks.getIfAvailable(), taskBodies.getIfAvailable());
    }

    @Bean
    IndicatorValuesForm indicatorValuesForm(org.learningsociety.core.indicator.IndicatorSheets sheets,
            org.learningsociety.core.indicator.IndicatorEntry entry, UnitAccess access,
            @Qualifier(LearningSocietyAutoConfiguration.CLOCK) Clock clock) {
        return new IndicatorValuesForm(sheets, entry, access, clock);
    }

    /** The village page: the API's bulk service, workbook and reader, the starter's village tasks, in-process. */
    @Bean
    VillagePage villagePage(org.learningsociety.core.registration.VillageAssessments assessments,
            org.learningsociety.workflow.api.VillagesController villages,
            org.springframework.beans.factory.ObjectProvider<com.fasterxml.jackson.databind.ObjectMapper> json,
            org.learningsociety.workflow.cycle.VillageTasks villageTasks,
            org.learningsociety.core.evidence.EvidenceUploads evidence, UnitDirectory units, UnitAccess access,
            @Qualifier(LearningSocietyAutoConfiguration.CLOCK) Clock clock) {
        return new VillagePage(assessments, villages, new org.learningsociety.workflow.api.bulk.VillageLists(
                json.getIfAvailable(com.fasterxml.jackson.databind.ObjectMapper::new)), villageTasks, evidence, units,
                access, clock);
    }

    @Bean
    @ConditionalOnProperty(name = "portal.demo-data", havingValue = "true", matchIfMissing = true)
    DemoData demoData(UnitDirectory units, SubjectCatalogue subjects,
            org.learningsociety.core.subject.Subjects stored,
            org.learningsociety.core.membership.GroupMembers members, Registering registering,
            SelfAssessing selfAssessing, Verifying verifying, Recognising recognising,
            CriteriaSets criteriaSets, org.learningsociety.workflow.officer.OfficerProvisioning officers,
            CampaignLauncher campaigns,
            org.learningsociety.core.indicator.IndicatorEntry indicatorEntry,
            org.learningsociety.core.indicator.IndicatorSheets indicatorSheets,
            @Qualifier(LearningSocietyAutoConfiguration.CLOCK) Clock clock,
            org.learningsociety.core.unit.AdministrativeUnits unitRecords,
            org.learningsociety.core.plan.PlanDirectory plans,
            @org.springframework.beans.factory.annotation.Value("${portal.demo-city:true}") boolean demoCity,
            org.learningsociety.workflow.report.ReportRounds rounds,
            org.learningsociety.core.report.ReportService reports,
            org.learningsociety.core.registration.Registrations registrations,
            @org.springframework.beans.factory.annotation.Value("${portal.demo-2026:true}") boolean year2026) {
        return new DemoData(units, subjects, stored, members, registering, selfAssessing, verifying, recognising,
                criteriaSets, officers, campaigns, indicatorEntry, indicatorSheets, clock,
                demoCity ? new CityDemo(units, unitRecords, plans, subjects, stored, registering, selfAssessing,
                        verifying, recognising, criteriaSets, clock) : null, rounds, reports, registrations, year2026);
    }
}
