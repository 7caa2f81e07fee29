package org.learningsociety.core.criteria;

import org.learningsociety.core.shared.InvalidInputException;

/**
 * An indicator of a criterion, scored from 0 to {@code maxPoints}.
 *
 * @param evidenceRequired whether a score above zero needs evidence (minh chứng)
 * @param sample whether {@code maxPoints} is a sample a province must confirm, not a number from an
 *     issued decision
 * @param nameSample whether {@code name} is the project's placeholder wording, not the decision's
 */
public record Indicator(String code, String name, int maxPoints, boolean evidenceRequired, boolean sample,
        boolean nameSample) {

    public Indicator {
        if (maxPoints <= 0) {
            throw new InvalidInputException("maxPoints", maxPoints, "Điểm tối đa của chỉ số " + code + " phải lớn hơn 0");
        }
    }

    public Indicator(String code, String name, int maxPoints, boolean evidenceRequired) {
        this(code, name, maxPoints, evidenceRequired, false, false);
    }

    /** An indicator whose wording is the decision's. */
    public Indicator(String code, String name, int maxPoints, boolean evidenceRequired, boolean sample) {
        this(code, name, maxPoints, evidenceRequired, sample, false);
    }
}
