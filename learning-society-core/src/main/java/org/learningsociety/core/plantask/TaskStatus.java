package org.learningsociety.core.plantask;

import java.util.Arrays;
import org.learningsociety.core.shared.InvalidInputException;

/** Where a body stands with one of its plan tasks in a year, as it says itself. */
public enum TaskStatus {
    NOT_STARTED("Chưa bắt đầu"),
    IN_PROGRESS("Đang thực hiện"),
    DONE("Đã hoàn thành");

    private final String vietnameseName;

    TaskStatus(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    /** The status written {@code text}; refuses any other word, naming the statuses there are. */
    public static TaskStatus of(String text) {
        String name = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidInputException("status", text, "Tình trạng phải là một trong "
                        + String.join(", ", Arrays.stream(values()).map(s -> s.name() + " (" + s.vietnameseName
                        + ")").toList())));
    }
}
