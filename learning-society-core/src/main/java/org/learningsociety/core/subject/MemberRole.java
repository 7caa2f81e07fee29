package org.learningsociety.core.subject;

/**
 * What a citizen is in a household, clan, community or organisation, as the plans' citizen
 * indicators count them: the workers of learning families, clans and communities, the cadres of
 * learning units.
 */
public enum MemberRole {
    /** Of working age (người lao động). */
    WORKER("Người lao động"),
    /** A cadre, civil servant or employee of an organisation (cán bộ, công chức, viên chức, nhân viên). */
    CADRE("Cán bộ, công chức, viên chức, nhân viên"),
    /** Any other member (a child, a retired person): counted by no indicator. */
    OTHER("Thành viên khác");

    private final String vietnameseName;

    MemberRole(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String vietnameseName() {
        return vietnameseName;
    }
}
