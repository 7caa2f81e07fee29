package org.learningsociety.core.criteria;

import java.util.List;

/**
 * A criterion (tiêu chí) and its indicators.
 *
 * @param minimumPoints the points the criterion must reach for the title, or 0 for no minimum
 * @param sample whether its points are a sample a province must confirm
 * @param nameSample whether {@code name} is the project's placeholder wording, not the decision's
 */
public record Criterion(String code, String name, List<Indicator> indicators, int minimumPoints, boolean sample,
        boolean nameSample) {

    public Criterion {
        indicators = List.copyOf(indicators);
    }

    public Criterion(String code, String name, List<Indicator> indicators, int minimumPoints) {
        this(code, name, indicators, minimumPoints, false, false);
    }

    /** A criterion whose wording is the decision's. */
    public Criterion(String code, String name, List<Indicator> indicators, int minimumPoints, boolean sample) {
        this(code, name, indicators, minimumPoints, sample, false);
    }

    public int maxPoints() {
        return indicators.stream().mapToInt(Indicator::maxPoints).sum();
    }
}
