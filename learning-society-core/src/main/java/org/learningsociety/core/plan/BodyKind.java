package org.learningsociety.core.plan;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of body a plan's task table gives work to (who leads, who joins): the library knows the
 * kinds, the plan file names the bodies in its own words. Three kinds have officers in the library
 * (a role in a unit: the association, the People's Committee, the emulation board); the others are
 * tracked through the body the plan says answers for them ({@link TaskBody#setBy()}).
 */
public enum BodyKind {
    /** Hội Khuyến học of a level: officers hold the association's role in the unit. */
    ASSOCIATION("Hội Khuyến học", true),
    /** Ủy ban nhân dân of a level: officers hold the People's Committee's role in the unit. */
    PEOPLES_COMMITTEE("Ủy ban nhân dân", true),
    /** Ban Thi đua – Khen thưởng of a province: officers hold the emulation board's role. */
    EMULATION_BOARD("Ban Thi đua – Khen thưởng", true),
    /** Ban Chỉ đạo xây dựng xã hội học tập of a level (or of a party committee): no officers of its own here. */
    STEERING_COMMITTEE("Ban Chỉ đạo xây dựng xã hội học tập", false),
    /** Sở Giáo dục và Đào tạo (the province's education department): no officers of its own here. */
    EDUCATION_DEPARTMENT("Sở Giáo dục và Đào tạo", false),
    /** Other departments, agencies and organisations (các sở, ban, ngành, đoàn thể): no officers here. */
    DEPARTMENTS("Các sở, ban, ngành, đoàn thể", false);

    private final String vietnameseName;
    private final boolean hasOfficers;

    BodyKind(String vietnameseName, boolean hasOfficers) {
        this.vietnameseName = vietnameseName;
        this.hasOfficers = hasOfficers;
    }

    /** The kind's generic name, shown where the plan file gives the body no name of its own. */
    public String vietnameseName() {
        return vietnameseName;
    }

    /** Whether officers of this kind hold a role in a unit (and so can set a task's status themselves). */
    public boolean hasOfficers() {
        return hasOfficers;
    }

    /** The kind written {@code name}, if there is one. */
    public static Optional<BodyKind> of(String name) {
        return Arrays.stream(values()).filter(kind -> kind.name().equals(name)).findFirst();
    }
}
