package org.learningsociety.core.decision;

/**
 * The kind of body that issues a decision in a unit: the People's Committee (Ủy ban nhân dân), or the
 * Study Promotion Association (Hội Khuyến học) where a plan says the association recognises titles
 * (Thái Bình's 29/KH-KHKH: "các cấp Hội … công nhận các danh hiệu"). Which one recognises where is the
 * plans' to say ({@link org.learningsociety.core.plan.Recognition}); the kinds are the code's.
 */
public enum IssuingBody {
    PEOPLES_COMMITTEE("Ủy ban nhân dân", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"),
    ASSOCIATION("Hội Khuyến học", "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH");

    private final String vietnameseName;
    private final String onBehalfOf;
    private final String signerTitle;

    IssuingBody(String vietnameseName, String onBehalfOf, String signerTitle) {
        this.vietnameseName = vietnameseName;
        this.onBehalfOf = onBehalfOf;
        this.signerTitle = signerTitle;
    }

    /** The body's kind in Vietnamese, put before the unit's name: "Hội Khuyến học xã Thụy Hà". */
    public String vietnameseName() {
        return vietnameseName;
    }

    /** The body named for {@code unitName}: "Ủy ban nhân dân phường Thành Đông". */
    public String of(String unitName) {
        return vietnameseName + " " + unitName;
    }

    /** The signature's "on behalf of" line when the plan gives none: "TM. ỦY BAN NHÂN DÂN". */
    public String onBehalfOf() {
        return onBehalfOf;
    }

    /** The signer's office when the plan gives none: "CHỦ TỊCH". */
    public String signerTitle() {
        return signerTitle;
    }
}
