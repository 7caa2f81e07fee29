package org.learningsociety.core.criteria;

import java.util.List;

/**
 * A criterion (tiêu chí) and its indicators.
 *
 * @param minimumPoints the points the criterion must reach for the title, or 0 for no minimum
 * @param sample whether its points are a sample a province must confirm
 */
public record Criterion(String code, String name, List<Indicator> indicators, int minimumPoints, boolean sample) {

    public Criterion {
        indicators = List.copyOf(indicators);
    }

    public Criterion(String code, String name, List<Indicator> indicators, int minimumPoints) {
        this(code, name, indicators, minimumPoints, false);
    }

    public int maxPoints() {
        return indicators.stream().mapToInt(Indicator::maxPoints).sum();
    }
}
