package org.learningsociety.core.criteria;

import java.util.List;

/** The outcome of classifying scores: whether they earn the title and, if not, why. */
public record Classification(int total, boolean earnsTitle, List<String> shortfalls) {

    public Classification {
        shortfalls = List.copyOf(shortfalls);
    }
}
