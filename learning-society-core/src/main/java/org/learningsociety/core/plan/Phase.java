package org.learningsociety.core.plan;

import org.learningsociety.core.shared.InvalidInputException;

/** A phase of a plan, e.g. 2021–2025. */
public record Phase(String code, int fromYear, int toYear) {

    public Phase {
        if (toYear < fromYear) {
            throw new InvalidInputException("phases.toYear", toYear, "Năm kết thúc giai đoạn trước năm bắt đầu " + fromYear);
        }
    }

    public boolean contains(int year) {
        return year >= fromYear && year <= toYear;
    }
}
