package org.learningsociety.core.campaign;

import org.learningsociety.core.registration.RegistrationStatus;

/**
 * The windows of the yearly cycle. The name doubles as the {@code kind} of the plan milestone that
 * closes the window (the report's is {@code YEARLY_REPORT}, see {@link CycleDeadlines#milestoneKind}),
 * so that a timeline can put plan dates and BPMN timers side by side.
 */
public enum CyclePhase {
    REGISTRATION("Đăng ký", null),
    SELF_ASSESSMENT("Tự đánh giá", RegistrationStatus.REGISTERED),
    VERIFICATION("Thẩm định", RegistrationStatus.SELF_ASSESSED),
    RECOGNITION("Công nhận", RegistrationStatus.SELF_ASSESSED),
    COMMENDATION("Khen thưởng", null),
    REPORT("Báo cáo", null);

    private final String vietnameseName;
    private final RegistrationStatus waitingStatus;

    CyclePhase(String vietnameseName, RegistrationStatus waitingStatus) {
        this.vietnameseName = vietnameseName;
        this.waitingStatus = waitingStatus;
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    /**
     * The status a registration still stands in while this phase's work on it is not done, or
     * {@code null} when the phase leaves nothing pending (registration is open-ended).
     */
    public RegistrationStatus waitingStatus() {
        return waitingStatus;
    }
}
