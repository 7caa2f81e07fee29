package org.learningsociety.core.registration;

import java.util.List;
import java.util.Objects;
import org.learningsociety.core.audit.AuditAction;

/** Self-assessing: a batch of subjects record their points and evidence, all of them or none. */
public class SelfAssessing {

    private final YearlyRecords records;

    public SelfAssessing(YearlyRecords records) {
        this.records = Objects.requireNonNull(records);
    }

    public void selfAssess(SelfAssessment assessment, boolean late) {
        selfAssessAll(List.of(assessment), late);
    }

    /**
     * Records self-assessments; {@code late} marks those submitted after the window closed, which
     * are kept, not lost.
     */
    public void selfAssessAll(List<SelfAssessment> assessments, boolean late) {
        records.change(assessments, SelfAssessment::registration, AuditAction.SELF_ASSESSED,
                (registration, set, input, now) ->
                        registration.selfAssess(set, input.scores(), input.evidence(), now, late));
    }
}
