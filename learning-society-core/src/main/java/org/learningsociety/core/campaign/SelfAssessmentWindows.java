package org.learningsociety.core.campaign;

/**
 * Whether the self-assessment window of a commune's cycle has closed, at its timer or early: the
 * process engine running the cycle knows (the workflow's {@code SelfAssessmentIntake}).
 */
public interface SelfAssessmentWindows {

    boolean closed(CycleKey cycle);

    /** Without a process engine no window closes: nothing is late. */
    static SelfAssessmentWindows neverClosed() {
        return cycle -> false;
    }
}
