package org.learningsociety.core.campaign;

import java.util.Objects;
import org.learningsociety.core.registration.RegistrationStatus;
import org.learningsociety.core.subject.LearningModel;

/** The titles of officers' tasks on a batch, in Vietnamese with the batch's counts. */
public class TaskTitles {

    private final CampaignBatches batches;

    public TaskTitles(CampaignBatches batches) {
        this.batches = Objects.requireNonNull(batches);
    }

    /**
     * The title of an officer's task on a batch, in Vietnamese with the counts, e.g. "Thẩm định 312
     * bản tự đánh giá Gia đình học tập của Thôn 3 năm 2026".
     */
    public String taskName(CyclePhase phase, LearningModel model, String batchCode, int year) {
        BatchProgress p = batches.progress(model, batchCode, year);
        String of = model.title() + " của " + p.unitName() + " năm " + year;
        return switch (phase) {
            case REGISTRATION -> "Tiếp nhận đăng ký " + of + " (" + p.total() + " đã đăng ký)";
            case SELF_ASSESSMENT -> "Thu nhận " + p.selfAssessedOrLater() + "/" + p.total() + " bản tự đánh giá " + of;
            case VERIFICATION -> "Thẩm định " + p.selfAssessedOrLater() + " bản tự đánh giá " + of;
            case RECOGNITION -> "Công nhận " + of + ": " + p.count(RegistrationStatus.VERIFIED) + " hồ sơ đã thẩm định";
            case COMMENDATION -> "Khen thưởng " + of + ": " + p.count(RegistrationStatus.RECOGNISED) + " được công nhận";
            case REPORT -> "Báo cáo kết quả " + of + ": " + p.count(RegistrationStatus.RECOGNISED) + "/" + p.total()
                    + " được công nhận";
        };
    }
}
