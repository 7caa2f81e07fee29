package org.learningsociety.core.subject;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.learningsociety.core.shared.InvalidInputException;

/** The five learning models (mô hình học tập), each with the title its subjects strive for. */
public enum LearningModel {
    FAMILY("Gia đình học tập"),
    CLAN("Dòng họ học tập"),
    COMMUNITY("Cộng đồng học tập"),
    UNIT("Đơn vị học tập"),
    CITIZEN("Công dân học tập");

    private final String title;

    LearningModel(String title) {
        this.title = title;
    }

    /** The title (danh hiệu) a recognised subject holds, e.g. "Gia đình học tập". */
    public String title() {
        return title;
    }

    /** The model named {@code name}; refuses anything else with the list of the five. */
    public static LearningModel parse(String field, String name) {
        try {
            return valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException(field, name, "Mô hình học tập không hợp lệ; phải là một trong "
                    + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
