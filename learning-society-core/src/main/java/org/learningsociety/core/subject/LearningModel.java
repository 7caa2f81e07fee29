package org.learningsociety.core.subject;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.unit.UnitLevel;

/** The five learning models (mô hình học tập), each with the title its subjects strive for. */
public enum LearningModel {
    FAMILY("Gia đình học tập", UnitLevel.VILLAGE),
    CLAN("Dòng họ học tập", UnitLevel.VILLAGE),
    COMMUNITY("Cộng đồng học tập", UnitLevel.VILLAGE),
    UNIT("Đơn vị học tập", UnitLevel.COMMUNE),
    CITIZEN("Công dân học tập", UnitLevel.VILLAGE);

    private final String title;
    private final UnitLevel usualSubjectLevel;

    LearningModel(String title, UnitLevel usualSubjectLevel) {
        this.title = title;
        this.usualSubjectLevel = usualSubjectLevel;
    }

    /**
     * The level of the model's usual subjects' unit: a village for households, clans, village communities
     * and persons; a commune for units (an agency, a school managed by the commune).
     */
    public UnitLevel usualSubjectLevel() {
        return usualSubjectLevel;
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
