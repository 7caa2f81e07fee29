package org.learningsociety.core.shared;

/**
 * The years a request may name at all: a sanity bound on input (a year typed as 20261 or −1), not a
 * rule of the programmes, whose years come from the plans.
 */
public final class Years {

    public static final int FIRST = 2000;
    public static final int LAST = 2100;

    private Years() {
    }

    /** {@code year}, or {@link InvalidInputException} naming {@code field} when it lies outside {@value #FIRST}–{@value #LAST}. */
    public static int require(String field, int year) {
        if (year < FIRST || year > LAST) {
            throw new InvalidInputException(field, year, "Năm phải nằm trong các năm " + FIRST + "–" + LAST);
        }
        return year;
    }
}
