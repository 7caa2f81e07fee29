package org.learningsociety.core.registration;

import org.learningsociety.core.criteria.Classification;
import org.learningsociety.core.criteria.CriteriaSet;
import org.learningsociety.core.decision.Decision;
import org.learningsociety.core.shared.Outcome;

/** The rules of a subject's year, each a named policy a test can exercise alone. */
public final class RegistrationPolicies {

    private RegistrationPolicies() {
    }

    /** A subject self-assesses while registered or self-assessed, not once verified. */
    public static Outcome selfAssessmentAllowed(Registration registration) {
        return switch (registration.status()) {
            case REGISTERED, SELF_ASSESSED -> Outcome.allowed();
            default -> Outcome.rejected("registrationId", registration.id(),
                    "Không thể tự đánh giá khi hồ sơ ở trạng thái \"" + registration.status().vietnameseName() + "\"");
        };
    }

    /** Scores are always checked against the version the subject registered with. */
    public static Outcome scoredAgainstOwnSet(Registration registration, CriteriaSet set) {
        return registration.criteriaSet().equals(set.id()) ? Outcome.allowed()
                : Outcome.rejected("criteriaSet", set.version(), "Hồ sơ đăng ký theo phiên bản bộ tiêu chí khác");
    }

    /** Only a self-assessed subject is verified (a verified one may be verified again before recognition). */
    public static Outcome verificationAllowed(Registration registration) {
        return switch (registration.status()) {
            case SELF_ASSESSED, VERIFIED -> Outcome.allowed();
            default -> Outcome.rejected("registrationId", registration.id(),
                    "Chỉ thẩm định được hồ sơ đã tự đánh giá; hồ sơ đang ở trạng thái \""
                            + registration.status().vietnameseName() + "\"");
        };
    }

    /**
     * A decision recognises only a verified subject whose verified points earn the title, and only
     * for the year and model the decision is about.
     */
    public static Outcome recognitionAllowed(Registration registration, CriteriaSet set, Decision decision) {
        if (registration.status() != RegistrationStatus.VERIFIED) {
            return Outcome.rejected("registrationId", registration.id(),
                    "Chỉ công nhận được hồ sơ đã thẩm định; hồ sơ đang ở trạng thái \""
                            + registration.status().vietnameseName() + "\"");
        }
        if (decision.kind() != Decision.Kind.RECOGNITION || decision.year() != registration.year()
                || decision.model() != registration.model()) {
            return Outcome.rejected("decisionNumber", decision.number(),
                    "Quyết định không phải quyết định công nhận " + registration.model().title() + " năm "
                            + registration.year());
        }
        Outcome ownSet = scoredAgainstOwnSet(registration, set);
        if (!ownSet.isAllowed()) {
            return ownSet;
        }
        Classification classification = set.classify(registration.verifiedScores());
        if (!classification.earnsTitle()) {
            return Outcome.rejected("registrationId", registration.id(),
                    "Điểm thẩm định chưa đạt danh hiệu: " + String.join("; ", classification.shortfalls()));
        }
        return Outcome.allowed();
    }

    /** A verified subject may be not recognised, and the reason is required. */
    public static Outcome nonRecognitionAllowed(Registration registration, String reason) {
        if (registration.status() != RegistrationStatus.VERIFIED) {
            return Outcome.rejected("registrationId", registration.id(),
                    "Chỉ kết luận được hồ sơ đã thẩm định; hồ sơ đang ở trạng thái \""
                            + registration.status().vietnameseName() + "\"");
        }
        if (reason == null || reason.isBlank()) {
            return Outcome.rejected("reason", reason, "Phải nêu lý do không công nhận");
        }
        return Outcome.allowed();
    }

    /**
     * Only a recognised year may have its recognition revoked, and the reason is required: the
     * decision itself is never changed, the revocation is recorded beside it.
     */
    public static Outcome revocationAllowed(Registration registration, String reason) {
        if (registration.status() != RegistrationStatus.RECOGNISED) {
            return Outcome.rejected("registrationId", registration.id(),
                    "Chỉ thu hồi được công nhận của hồ sơ đã được công nhận; hồ sơ đang ở trạng thái \""
                            + registration.status().vietnameseName() + "\"");
        }
        if (reason == null || reason.isBlank()) {
            return Outcome.rejected("reason", reason, "Phải nêu lý do thu hồi công nhận");
        }
        if (reason.length() > 2000) {
            return Outcome.rejected("reason", reason.length() + " ký tự", "Lý do thu hồi tối đa 2000 ký tự");
        }
        return Outcome.allowed();
    }

    /**
     * A village closes its self-assessment with the households that never self-assessed: only a year
     * still merely registered, and the officer's reason is required.
     */
    public static Outcome closingWithoutSelfAssessmentAllowed(Registration registration, String reason) {
        if (registration.status() != RegistrationStatus.REGISTERED) {
            return Outcome.rejected("registrationId", registration.id(),
                    "Chỉ ghi nhận không tự đánh giá cho hồ sơ mới đăng ký; hồ sơ đang ở trạng thái \""
                            + registration.status().vietnameseName() + "\"");
        }
        if (reason == null || reason.isBlank()) {
            return Outcome.rejected("notSelfAssessedReason", reason,
                    "Phải nêu lý do các hồ sơ không tự đánh giá");
        }
        if (reason.length() > 2000) {
            return Outcome.rejected("notSelfAssessedReason", reason.length() + " ký tự",
                    "Lý do không tự đánh giá tối đa 2000 ký tự");
        }
        return Outcome.allowed();
    }
}
