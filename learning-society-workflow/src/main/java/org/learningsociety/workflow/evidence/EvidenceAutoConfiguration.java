package org.learningsociety.workflow.evidence;

import java.time.Clock;
import org.learningsociety.core.evidence.EvidenceStore;
import org.learningsociety.core.persistence.MyBatisPersistence;
import org.learningsociety.core.privacy.EvidenceRetention;
import org.learningsociety.workflow.LearningSocietyAutoConfiguration;
import org.learningsociety.workflow.LearningSocietyProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Where uploaded evidence files are kept ({@code learning-society.evidence.directory}) and, when
 * {@code learning-society.evidence.retention} is set, the schedule that purges the expired ones. Each
 * steps aside for a portal's own: an object store or the database instead of the file system, or the
 * portal's own scheduler calling {@link EvidenceRetention}.
 */
@AutoConfiguration(after = LearningSocietyAutoConfiguration.class)
@ConditionalOnProperty(prefix = "learning-society", name = "enabled", havingValue = "true", matchIfMissing = true)
@ConditionalOnBean(MyBatisPersistence.class)
@EnableConfigurationProperties(LearningSocietyProperties.class)
public class EvidenceAutoConfiguration {

    /** Uploaded evidence files on the file system, under {@code learning-society.evidence.directory}. */
    @Bean
    @ConditionalOnMissingBean
    public EvidenceStore evidenceStore(LearningSocietyProperties properties) {
        return new FileSystemEvidenceStore(properties.getEvidence().getDirectory());
    }

    /** Purges expired evidence on a schedule, only when {@code learning-society.evidence.retention} is set. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "learning-society.evidence", name = "retention")
    @ConditionalOnBean(EvidenceRetention.class)
    public EvidencePurgeSchedule evidencePurgeSchedule(EvidenceRetention retention,
            LearningSocietyProperties properties, @Qualifier(LearningSocietyAutoConfiguration.CLOCK) Clock clock) {
        return new EvidencePurgeSchedule(retention, properties.getEvidence().getPurgeInterval(), clock);
    }
}
