package org.learningsociety.core.plan;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The line a report goes up. The plans run two: the Study Promotion Association's (Hội Khuyến học xã →
 * huyện → tỉnh → Trung ương Hội) and the state's (Ủy ban nhân dân / Ban Chỉ đạo → Sở Giáo dục và Đào
 * tạo, Sở Nội vụ → Ủy ban nhân dân tỉnh → Bộ Giáo dục và Đào tạo). The code knows only these two kinds;
 * which bodies receive a report, and when, are the plan's words ({@link Milestone#recipient()}).
 */
public enum ReportChain {

    /** The state's line: submitted by a People's Committee, reviewed by the People's Committee above. */
    STATE("hệ thống chính quyền"),
    /** The association's line: submitted by a Hội Khuyến học, reviewed by the Hội Khuyến học above. */
    ASSOCIATION("hệ thống Hội Khuyến học");

    private final String vietnameseName;

    ReportChain(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    /** As an officer reads it: "hệ thống Hội Khuyến học", "hệ thống chính quyền". */
    public String vietnameseName() {
        return vietnameseName;
    }

    /** The chain named {@code text} ({@code STATE}, {@code association}), if it is one. */
    public static Optional<ReportChain> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String name = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.name().equals(name)).findFirst();
    }
}
