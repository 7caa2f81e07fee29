package org.learningsociety.core.criteria;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Points per indicator code, as a subject scored itself or a verifier scored it. Stored with its
 * registration as one compact value ({@link #encode()}), since scores are always read and written
 * whole and there are millions of them.
 */
public final class Scores {

    private static final Scores EMPTY = new Scores(Map.of());

    private final Map<String, Integer> points;
    /** {@link #encode()}'s text, made once: a registration's scores are encoded at every write and audit. */
    private String encoded;

    private Scores(Map<String, Integer> points) {
        this.points = Collections.unmodifiableMap(new LinkedHashMap<>(points));
    }

    public static Scores of(Map<String, Integer> points) {
        Objects.requireNonNull(points);
        return new Scores(points);
    }

    public static Scores empty() {
        return EMPTY;
    }

    public Map<String, Integer> asMap() {
        return points;
    }

    public Integer pointsFor(String indicator) {
        return points.get(indicator);
    }

    public int total() {
        return points.values().stream().mapToInt(Integer::intValue).sum();
    }

    public boolean isEmpty() {
        return points.isEmpty();
    }

    /** {@code 1.1=10;1.2=8}: the storage form. */
    public String encode() {
        String text = encoded;
        if (text == null) {
            text = encodeNow();
            encoded = text;
        }
        return text;
    }

    private String encodeNow() {
        StringBuilder text = new StringBuilder();
        points.forEach((code, value) -> {
            if (text.length() > 0) {
                text.append(';');
            }
            text.append(code).append('=').append(value);
        });
        return text.toString();
    }

    public static Scores decode(String text) {
        if (text == null || text.isEmpty()) {
            return EMPTY;
        }
        Map<String, Integer> points = new LinkedHashMap<>();
        for (String pair : text.split(";")) {
            int eq = pair.lastIndexOf('=');
            points.put(pair.substring(0, eq), Integer.parseInt(pair.substring(eq + 1)));
        }
        Scores decoded = new Scores(points);
        // the stored text is the encoding: encode() wrote it
        decoded.encoded = text;
        return decoded;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Scores that && points.equals(that.points);
    }

    @Override
    public int hashCode() {
        return points.hashCode();
    }

    @Override
    public String toString() {
        return encode();
    }
}
