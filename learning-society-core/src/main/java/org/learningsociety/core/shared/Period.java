package org.learningsociety.core.shared;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A closed period of validity: from {@code from} to {@code to} inclusive; an open end
 * ({@code to == null}) means "until further notice".
 */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        Objects.requireNonNull(from, "from");
        if (to != null && to.isBefore(from)) {
            throw new InvalidInputException("validTo", to,
                    "Ngày kết thúc hiệu lực " + to + " trước ngày bắt đầu " + from);
        }
    }

    public static Period from(LocalDate from) {
        return new Period(from, null);
    }

    public static Period between(LocalDate from, LocalDate to) {
        return new Period(from, to);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }

    public boolean isOpen() {
        return to == null;
    }

    public Period endingOn(LocalDate lastDay) {
        return new Period(from, lastDay);
    }

    @Override
    public String toString() {
        return from + "–" + (to == null ? "" : to);
    }
}
