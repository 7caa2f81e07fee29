package org.learningsociety.core.criteria;

import org.learningsociety.core.shared.InvalidInputException;

/** An indicator of a criterion, scored from 0 to {@code maxPoints}. */
public record Indicator(String code, String name, int maxPoints, boolean evidenceRequired) {

    public Indicator {
        if (maxPoints <= 0) {
            throw new InvalidInputException("maxPoints", maxPoints, "Điểm tối đa của chỉ số " + code + " phải lớn hơn 0");
        }
    }
}
