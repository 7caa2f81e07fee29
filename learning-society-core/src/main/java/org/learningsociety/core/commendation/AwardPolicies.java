package org.learningsociety.core.commendation;

import java.util.Optional;
import org.learningsociety.core.plan.AwardForm;
import org.learningsociety.core.shared.Outcome;

/**
 * The rules of the forms of award, each a named policy: which round gives a form and who may issue it,
 * as the plan in force says. With no plan naming forms ({@link AwardCatalogue#NONE}), nothing is refused.
 */
public final class AwardPolicies {

    private AwardPolicies() {
    }

    /**
     * The yearly round (and a proposal outside a review) gives only a form the plan gives yearly and the
     * province or a body beneath it issues: never the Prime Minister's or a ministry's Bằng khen.
     */
    public static Outcome givenInTheYearlyRound(String code, Optional<AwardCatalogue.InForce> inForce) {
        if (inForce.isEmpty()) {
            return Outcome.allowed();
        }
        Optional<AwardForm> form = inForce.get().form(code);
        if (form.isEmpty()) {
            return notNamed(code, inForce.get());
        }
        if (!form.get().givenInTheYearlyRound()) {
            return Outcome.rejected("form", code, form.get().name() + " không xét hằng năm: theo kế hoạch "
                    + inForce.get().planName() + ", hình thức này chỉ "
                    + (form.get().issuedByTheProvince() ? "" : "được đề nghị cấp trên ") + "xét khi sơ kết, tổng kết");
        }
        return Outcome.allowed();
    }

    /** At a review, a form the plan gives at the reviews. */
    public static Outcome givenAtReviews(String code, Optional<AwardCatalogue.InForce> inForce) {
        if (inForce.isEmpty()) {
            return Outcome.allowed();
        }
        Optional<AwardForm> form = inForce.get().form(code);
        if (form.isEmpty()) {
            return notNamed(code, inForce.get());
        }
        return form.get().givenAtReviews() ? Outcome.allowed() : Outcome.rejected("form", code, form.get().name()
                + " không xét khi sơ kết, tổng kết theo kế hoạch " + inForce.get().planName());
    }

    /** The province (or a body beneath it) issues a form only when the plan does not send it upward. */
    public static Outcome issuedByTheProvince(String code, Optional<AwardCatalogue.InForce> inForce) {
        if (inForce.isEmpty()) {
            return Outcome.allowed();
        }
        Optional<AwardForm> form = inForce.get().form(code);
        if (form.isEmpty()) {
            return notNamed(code, inForce.get());
        }
        if (!form.get().issuedByTheProvince()) {
            return Outcome.rejected("form", code, "Tỉnh, thành phố không ban hành " + form.get().name()
                    + ": chỉ đề nghị " + (form.get().givenBy() == null ? "cấp trên" : form.get().givenBy().body())
                    + " khen thưởng; nhập quyết định của cấp trên khi có kết quả");
        }
        return Outcome.allowed();
    }

    /** A central body's decision is recorded only on a form the plan has the province propose upward. */
    public static Outcome decidedUpward(String code, Optional<AwardCatalogue.InForce> inForce) {
        Optional<AwardForm> form = inForce.flatMap(f -> f.form(code));
        if (form.isEmpty() || form.get().issuance() != AwardForm.Issuance.PROPOSED_UPWARD) {
            return Outcome.rejected("form", code, "Hình thức " + form.map(AwardForm::name).orElse(code)
                    + " không phải hình thức đề nghị cấp trên khen thưởng theo kế hoạch đang áp dụng");
        }
        return Outcome.allowed();
    }

    private static Outcome notNamed(String code, AwardCatalogue.InForce inForce) {
        return Outcome.rejected("form", code, "Kế hoạch " + inForce.planName() + " không có hình thức khen thưởng \""
                + code + "\"");
    }
}
