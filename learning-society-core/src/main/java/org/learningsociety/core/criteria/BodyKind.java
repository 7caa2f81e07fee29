package org.learningsociety.core.criteria;

/**
 * The kinds of body that evaluate or recognise a subject. Which kind acts for which subject, at which
 * level and from when is the criteria file's to say ({@link Authorities}); the library knows only the kinds.
 */
public enum BodyKind {
    /** The Study Promotion Association (Hội Khuyến học) of a level. */
    ASSOCIATION("Hội Khuyến học"),
    /** The People's Committee (Ủy ban nhân dân) of a level. */
    PEOPLES_COMMITTEE("Ủy ban nhân dân"),
    /**
     * The state education body of a level: the Ministry (Bộ Giáo dục và Đào tạo) at the centre, the
     * Department (Sở) of a province, the Office (Phòng) of a district before the 2025 reform.
     */
    EDUCATION_DEPARTMENT("Cơ quan quản lý giáo dục");

    private final String vietnameseName;

    BodyKind(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    /** The kind's generic name, e.g. "Ủy ban nhân dân"; a file's {@link Authority#name()} is the body's own. */
    public String vietnameseName() {
        return vietnameseName;
    }
}
