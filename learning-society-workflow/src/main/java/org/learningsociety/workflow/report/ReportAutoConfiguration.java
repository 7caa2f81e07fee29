package org.learningsociety.workflow.report;

import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.learningsociety.core.attainment.AttainmentService;
import org.learningsociety.core.commendation.CommendationService;
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
import org.learningsociety.workflow.WorkflowAutoConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The reports' services on the core's beans, and the reporting processes' delegates, task listener
 * and notifier on the process engine. Every bean steps aside for a portal's own.
 */
@AutoConfiguration(after = {LearningSocietyAutoConfiguration.class, WorkflowAutoConfiguration.class})
@ConditionalOnProperty(prefix = "learning-society", name = "enabled", havingValue = "true", matchIfMissing = true)
@ConditionalOnBean({Reports.class, AttainmentService.class})
public class ReportAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public ReportDeadlines reportDeadlines(PlanDirectory plans) {
        return new ReportDeadlines(plans);
    }

    @Bean
    @ConditionalOnMissingBean
    public ReportService reportService(Reports reports, AttainmentService attainment, UnitDirectory units,
            AdministrativeUnits unitHistory, ReportDeadlines deadlines, Transactions transactions, DomainEvents events,
            @Qualifier("learningSocietyClock") Clock clock) {
        return new ReportService(reports, attainment, units, unitHistory, deadlines, transactions, events, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(CommendationService.class)
    public HonouringCongress honouringCongress(Registrations registrations, CommendationService commendations) {
        return new HonouringCongress(registrations, commendations);
    }

    /** The reporting processes' beans, named as the BPMN's expressions name them. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(RuntimeService.class)
    static class ProcessBeans {

        @Bean
        @ConditionalOnMissingBean
        public ReportRounds reportRounds(RuntimeService runtime, UnitDirectory units, ReportService reports) {
            return new ReportRounds(runtime, units, reports);
        }

        @Bean
        @ConditionalOnMissingBean(name = "compileReport")
        public CompileReportDelegate compileReport(ReportService reports, UnitDirectory units) {
            return new CompileReportDelegate(reports, units, List.of(LearningModel.values()));
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
        public ReportTaskListener reportTaskListener() {
            return new ReportTaskListener();
        }

        @Bean
        @ConditionalOnMissingBean
        public ChildrenReportedNotifier childrenReportedNotifier(ReportService reports, UnitDirectory units,
                RuntimeService runtime) {
            return new ChildrenReportedNotifier(reports, units, runtime);
        }
    }
}
