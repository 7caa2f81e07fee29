package org.learningsociety.core.criteria;

import java.util.List;

/**
 * A criterion (tiêu chí) and its indicators.
 *
 * @param minimumPoints the points the criterion must reach for the title, or 0 for no minimum
 */
public record Criterion(String code, String name, List<Indicator> indicators, int minimumPoints) {

    public Criterion {
        indicators = List.copyOf(indicators);
    }

    public int maxPoints() {
        return indicators.stream().mapToInt(Indicator::maxPoints).sum();
    }
}
