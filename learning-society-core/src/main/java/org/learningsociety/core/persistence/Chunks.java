package org.learningsociety.core.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Splits large collections into chunks that fit one multi-row statement or one IN-list. */
final class Chunks {

    /** Rows per multi-row insert and ids per IN-list: well inside every driver's parameter limit. */
    static final int SIZE = 500;

    private Chunks() {
    }

    static <T> List<List<T>> of(Collection<T> items) {
        return of(items, SIZE);
    }

    static <T> List<List<T>> of(Collection<T> items, int size) {
        List<T> all = items instanceof List<T> list ? list : new ArrayList<>(items);
        List<List<T>> chunks = new ArrayList<>((all.size() + size - 1) / size);
        for (int from = 0; from < all.size(); from += size) {
            chunks.add(all.subList(from, Math.min(all.size(), from + size)));
        }
        return chunks;
    }
}
