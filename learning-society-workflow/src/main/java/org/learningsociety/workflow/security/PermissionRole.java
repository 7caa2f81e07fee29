package org.learningsociety.workflow.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.learningsociety.workflow.officer.OfficerRole;

/**
 * The roles of the permission matrix: the officers' three roles in their units ({@link OfficerRole}), the
 * administrators' group, and a portal's service account (its back end, registering and importing on
 * citizens' behalf). The slug is the key of {@code learning-society.security.permissions.<slug>}.
 */
public enum PermissionRole {

    /** The Study Promotion Association (Hội Khuyến học) of a unit: {@link OfficerRole#ASSOCIATION}'s groups. */
    ASSOCIATION("Hội Khuyến học"),
    /** The People's Committee (UBND) of a commune or above: {@link OfficerRole#PEOPLES_COMMITTEE}'s groups. */
    PEOPLES_COMMITTEE("UBND"),
    /** A province's emulation and commendation board: {@link OfficerRole#EMULATION_BOARD}'s groups. */
    EMULATION_BOARD("Ban Thi đua – Khen thưởng"),
    /** The administrators' group ({@code learning-society.security.administrators-group}): every unit. */
    ADMINISTRATOR("quản trị hệ thống"),
    /** A portal's back end ({@code learning-society.security.service-account}): every unit. */
    SERVICE_ACCOUNT("tài khoản dịch vụ của cổng thông tin");

    private final String vietnameseName;

    PermissionRole(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    /** {@code peoples-committee}: the key the properties write. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** "Hội Khuyến học", "UBND", … : what a refusal names. */
    public String vietnameseName() {
        return vietnameseName;
    }

    /** The matrix's role of an officer's role in a unit. */
    public static PermissionRole of(OfficerRole role) {
        return switch (role) {
            case ASSOCIATION -> ASSOCIATION;
            case PEOPLES_COMMITTEE -> PEOPLES_COMMITTEE;
            case EMULATION_BOARD -> EMULATION_BOARD;
        };
    }

    /** The role written {@code slug} ({@code peoples-committee}), if there is one. */
    public static Optional<PermissionRole> ofSlug(String slug) {
        return Arrays.stream(values()).filter(role -> role.slug().equals(slug == null ? null : slug.trim()))
                .findFirst();
    }
}
