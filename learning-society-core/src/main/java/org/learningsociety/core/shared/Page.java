package org.learningsociety.core.shared;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** One page of a list, with how many rows the whole list has. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        return new Page<>(items, request.page(), request.size(), total);
    }

    /**
     * The page {@code found} for {@code request}, its total counted by {@code count} only when the page
     * cannot tell it: a page not full (and not past the end) ends the list.
     */
    public static <T> Page<T> counted(List<T> found, PageRequest request, java.util.function.LongSupplier count) {
        boolean tellsTotal = found.size() < request.size() && (request.page() == 0 || !found.isEmpty());
        return of(found, request, tellsTotal ? request.offset() + found.size() : count.getAsLong());
    }

    /** A page of a list held whole in memory. */
    public static <T> Page<T> slice(List<T> all, PageRequest request) {
        int from = (int) Math.min(all.size(), request.offset());
        int to = (int) Math.min(all.size(), request.offset() + request.size());
        return of(all.subList(from, to), request, all.size());
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapping) {
        Objects.requireNonNull(mapping);
        return new Page<>(items.stream().<R>map(mapping).toList(), page, size, total);
    }
}
