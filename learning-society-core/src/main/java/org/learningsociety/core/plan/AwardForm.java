package org.learningsociety.core.plan;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.learningsociety.core.shared.InvalidInputException;

/**
 * A form of award (hình thức khen thưởng) a plan names: a stable code commendations and decisions
 * carry, the name exactly as the plan writes it, who gives it, whether the province issues it or only
 * proposes it upward, and on which occasions it is given.
 *
 * @param code a stable code, upper case with underscores ({@code BANG_KHEN_PRIME_MINISTER}); the
 *     codes commendations were stored with before plans named their forms keep their meaning
 * @param name the form as the plan writes it ("Bằng khen của Thủ tướng Chính phủ")
 * @param givenBy who gives it, as the plan names the body, and at which level; {@code null} when the
 *     plan version does not say (a version written before forms were structured)
 * @param issuance whether the province issues the form or only proposes it upward; {@code null} when
 *     the plan version does not say
 * @param occasions when it is given: {@link #YEARLY}, {@link #LIFELONG_LEARNING_WEEK}, {@link #REVIEW}
 * @param statedAs the plan's own words for the form, when worth keeping
 */
public record AwardForm(String code, String name, GivenBy givenBy, Issuance issuance, List<String> occasions,
        String statedAs) {

    /** Given every year, by the body's own authority. */
    public static final String YEARLY = "YEARLY";

    /** Given every year at the Lifelong Learning Week (Tuần lễ hưởng ứng học tập suốt đời). */
    public static final String LIFELONG_LEARNING_WEEK = "LIFELONG_LEARNING_WEEK";

    /** Given at the phase reviews (sơ kết 2025, tổng kết 2030). */
    public static final String REVIEW = "REVIEW";

    /** The level of agencies, units and localities beneath the province. */
    public static final String LOCAL = "LOCAL";

    /** The occasions a plan may name. */
    public static final Set<String> OCCASIONS = Set.of(YEARLY, LIFELONG_LEARNING_WEEK, REVIEW);

    /** The levels a giver may stand at: the centre, the province, or the agencies and localities beneath it. */
    public static final Set<String> LEVELS = Set.of("CENTRE", "PROVINCE", "LOCAL");

    /** Who gives a form: the body as the plan names it, and its level (CENTRE, PROVINCE or LOCAL). */
    public record GivenBy(String body, String level) {

        public GivenBy {
            if (body == null || body.isBlank()) {
                throw new InvalidInputException("awards.givenBy.body", body, "Phải nêu cơ quan khen thưởng");
            }
            if (!LEVELS.contains(level)) {
                throw new InvalidInputException("awards.givenBy.level", level,
                        "Cấp khen thưởng phải là một trong " + LEVELS);
            }
        }
    }

    /** Whether the province issues the form itself or proposes it to a higher body, which decides. */
    public enum Issuance {
        ISSUED("Tỉnh, thành phố hoặc cơ quan, địa phương ban hành"),
        PROPOSED_UPWARD("Tỉnh, thành phố chỉ đề nghị cấp trên khen thưởng");

        private final String vietnameseName;

        Issuance(String vietnameseName) {
            this.vietnameseName = vietnameseName;
        }

        public String vietnameseName() {
            return vietnameseName;
        }
    }

    public AwardForm {
        if (code == null || !code.matches("[A-Z][A-Z0-9_]{0,31}")) {
            throw new InvalidInputException("awards.code", code,
                    "Mã hình thức khen thưởng phải viết HOA_CÓ_GẠCH_DƯỚI, tối đa 32 ký tự");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("awards.name", name, "Phải nêu tên hình thức khen thưởng " + code);
        }
        occasions = List.copyOf(Objects.requireNonNull(occasions, "occasions"));
        if (occasions.isEmpty()) {
            throw new InvalidInputException("awards.occasions", code,
                    "Phải nêu dịp khen thưởng của " + code + " (một trong " + OCCASIONS + ")");
        }
        for (String occasion : occasions) {
            if (!OCCASIONS.contains(occasion)) {
                throw new InvalidInputException("awards.occasions", occasion,
                        "Dịp khen thưởng phải là một trong " + OCCASIONS);
            }
        }
    }

    /** Whether the province may issue it: not when it only proposes it upward (or the plan does not say). */
    public boolean issuedByTheProvince() {
        return issuance == Issuance.ISSUED;
    }

    /** Whether the yearly round gives it: a yearly occasion, and issued by the province or beneath it. */
    public boolean givenInTheYearlyRound() {
        return issuedByTheProvince() && (occasions.contains(YEARLY) || occasions.contains(LIFELONG_LEARNING_WEEK));
    }

    /** Whether it is given, or proposed, at the phase reviews. */
    public boolean givenAtReviews() {
        return occasions.contains(REVIEW);
    }
}
