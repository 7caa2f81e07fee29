package org.learningsociety.workflow.report;

import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.learningsociety.core.attainment.AttainmentService;
import org.learningsociety.core.commendation.CommendationService;
import org.learningsociety.core.indicator.IndicatorEntry;
import org.learningsociety.core.indicator.IndicatorSheets;
import org.learningsociety.core.plan.PlanDirectory;
import org.learningsociety.core.registration.Registrations;
import org.learningsociety.core.report.HonouringCongress;
import org.learningsociety.core.report.ReportDeadlines;
import org.learningsociety.core.report.ReportService;
import org.learningsociety.core.report.Reports;
import org.learningsociety.core.shared.DomainEvents;
import org.learningsociety.core.shared.Transactions;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.unit.AdministrativeUnits;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.workflow.LearningSocietyAutoConfiguration;
import org.learningsociety.workflow.cycle.CycleAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The reporting processes' delegates, task listener, notifier and rounds on the process engine, on
 * the core's report services. Every bean steps aside for a portal's own.
 */
@AutoConfiguration(after = {LearningSocietyAutoConfiguration.class, CycleAutoConfiguration.class})
@ConditionalOnProperty(prefix = "learning-society", name = "enabled", havingValue = "true", matchIfMissing = true)
@ConditionalOnBean(ReportService.class)
public class ReportAutoConfiguration {

    /** The reporting processes' beans, named as the BPMN's expressions name them. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(RuntimeService.class)
    static class ProcessBeans {

        @Bean
        @ConditionalOnMissingBean
        public ReportRounds reportRounds(RuntimeService runtime, UnitDirectory units, ReportService reports,
                ReportDeadlines deadlines, PlanDirectory plans,
                org.springframework.beans.factory.ObjectProvider<org.learningsociety.workflow.tenant.TenantProcessStarts> starts) {
            return new ReportRounds(runtime, units, reports, deadlines, plans, starts.getIfAvailable());
        }

        @Bean
        @ConditionalOnMissingBean(name = "compileReport")
        public CompileReportDelegate compileReport(ReportService reports, UnitDirectory units) {
            return new CompileReportDelegate(reports, units, List.of(LearningModel.values()));
        }

        @Bean
        @ConditionalOnMissingBean(name = "reportGroups")
        public ReportGroups reportGroups() {
            return new ReportGroups();
        }

        @Bean
        @ConditionalOnMissingBean(name = "submitReport")
        public SubmitReportDelegate submitReport(ReportService reports) {
            return new SubmitReportDelegate(reports);
        }

        @Bean
        @ConditionalOnMissingBean(name = "reviewReport")
        public ReviewReportDelegate reviewReport(ReportService reports) {
            return new ReviewReportDelegate(reports);
        }

        @Bean
        @ConditionalOnMissingBean(name = "markReportMissing")
        public MarkReportMissingDelegate markReportMissing(ReportService reports) {
            return new MarkReportMissingDelegate(reports);
        }

        @Bean
        @ConditionalOnMissingBean(name = "proposeHonours")
        @ConditionalOnBean(HonouringCongress.class)
        public ProposeHonoursDelegate proposeHonours(HonouringCongress congress) {
            return new ProposeHonoursDelegate(congress);
        }

        @Bean
        @ConditionalOnMissingBean(name = "reportTaskListener")
        public ReportTaskListener reportTaskListener(ObjectProvider<HonouringCongress> congress,
                ObjectProvider<UnitDirectory> units) {
            return new ReportTaskListener(congress.getIfAvailable(), units.getIfAvailable());
        }

        /** Fills in and stores the unit's indicator values on the yearly report's submission task. */
        @Bean
        @ConditionalOnMissingBean(name = "indicatorValuesTaskListener")
        public IndicatorValuesTaskListener indicatorValuesTaskListener(IndicatorSheets sheets, IndicatorEntry entry) {
            return new IndicatorValuesTaskListener(sheets, entry);
        }

        @Bean
        @ConditionalOnMissingBean
        public ChildrenReportedNotifier childrenReportedNotifier(ReportService reports, UnitDirectory units,
                RuntimeService runtime) {
            return new ChildrenReportedNotifier(reports, units, runtime);
        }
    }
}
