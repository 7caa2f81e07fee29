package org.learningsociety.core.unit;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of body of an administrative unit that take part in the programme: who evaluates and who
 * recognises a subject (the criteria files), who issues a decision (the plans: {@code recognition}), who
 * leads and joins a plan's tasks (its task table). The library knows the kinds; the files name the bodies
 * in their own words and say which acts where. Three kinds have officers in the library (a role in a unit:
 * the association, the People's Committee, the emulation board); the others are tracked through the body
 * the files say answers for them.
 */
public enum BodyKind {
    /** Hội Khuyến học of a level: officers hold the association's role in the unit. */
    ASSOCIATION("Hội Khuyến học", true, "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH"),
    /** Ủy ban nhân dân of a level: officers hold the People's Committee's role in the unit. */
    PEOPLES_COMMITTEE("Ủy ban nhân dân", true, "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"),
    /** Ban Thi đua – Khen thưởng of a province: officers hold the emulation board's role. */
    EMULATION_BOARD("Ban Thi đua – Khen thưởng", true, null, null),
    /** Ban Chỉ đạo xây dựng xã hội học tập of a level (or of a party committee): no officers of its own here. */
    STEERING_COMMITTEE("Ban Chỉ đạo xây dựng xã hội học tập", false, null, null),
    /**
     * The state education body of a level: the Ministry (Bộ Giáo dục và Đào tạo) at the centre, the Department
     * (Sở) of a province, the Office (Phòng) of a district before the 2025 reform; no officers of its own here.
     */
    EDUCATION_DEPARTMENT("Cơ quan quản lý giáo dục", false, null, null),
    /** Other departments, agencies and organisations (các sở, ban, ngành, đoàn thể): no officers here. */
    DEPARTMENTS("Các sở, ban, ngành, đoàn thể", false, null, null);

    private final String vietnameseName;
    private final boolean hasOfficers;
    private final String onBehalfOf;
    private final String signerTitle;

    BodyKind(String vietnameseName, boolean hasOfficers, String onBehalfOf, String signerTitle) {
        this.vietnameseName = vietnameseName;
        this.hasOfficers = hasOfficers;
        this.onBehalfOf = onBehalfOf;
        this.signerTitle = signerTitle;
    }

    /** The kind's generic name, e.g. "Ủy ban nhân dân", shown where a file gives the body no name of its own. */
    public String vietnameseName() {
        return vietnameseName;
    }

    /** The body of this kind of a unit named {@code unitName}: "Hội Khuyến học Xã Thụy Hà". */
    public String ofUnit(String unitName) {
        return vietnameseName + " " + unitName;
    }

    /** Whether officers of this kind hold a role in a unit (and so act themselves in the library). */
    public boolean hasOfficers() {
        return hasOfficers;
    }

    /** A decision's "on behalf of" line when no plan gives one ("TM. ỦY BAN NHÂN DÂN"); null for a kind that issues none. */
    public String onBehalfOf() {
        return onBehalfOf;
    }

    /** A decision's signer's office when no plan gives one ("CHỦ TỊCH"); null for a kind that issues none. */
    public String signerTitle() {
        return signerTitle;
    }

    /** The kind written {@code name}, if there is one. */
    public static Optional<BodyKind> of(String name) {
        return Arrays.stream(values()).filter(kind -> kind.name().equals(name)).findFirst();
    }
}
