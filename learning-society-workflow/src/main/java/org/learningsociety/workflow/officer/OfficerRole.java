package org.learningsociety.workflow.officer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.UnitLevel;
import org.learningsociety.workflow.cycle.CandidateGroups;

/**
 * The roles an officer holds in a unit, each a group {@code <role word><unit code>} of
 * {@link CandidateGroups} ({@code hoikhuyenhoc10507}). The slug ({@code hoi-khuyen-hoc}) is what the REST
 * API writes ({@code PUT /officers/{userId}/roles/hoi-khuyen-hoc/10507}); the group id writes the
 * role's word, the slug without its hyphens, so that it passes Camunda's default id whitelist.
 */
public enum OfficerRole {

    /** The Study Promotion Association (Hội Khuyến học) of a commune or province: registers, collects, verifies. */
    ASSOCIATION("hoi-khuyen-hoc", CandidateGroups.ASSOCIATION, "Hội Khuyến học"),
    /** The People's Committee (UBND) of a commune or above: recognises, awards Giấy khen, reports. */
    PEOPLES_COMMITTEE("ubnd", CandidateGroups.PEOPLES_COMMITTEE, "UBND"),
    /** The emulation and commendation board (Ban Thi đua – Khen thưởng) of a province. */
    EMULATION_BOARD("thi-dua", CandidateGroups.EMULATION_BOARD, "Ban Thi đua – Khen thưởng");

    private final String slug;
    private final String word;
    private final String vietnameseName;

    OfficerRole(String slug, String word, String vietnameseName) {
        this.slug = slug;
        this.word = word;
        this.vietnameseName = vietnameseName;
    }

    /** {@code hoi-khuyen-hoc}, {@code ubnd}, {@code thi-dua}: the role as the REST API writes it. */
    public String slug() {
        return slug;
    }

    /** {@code hoikhuyenhoc}, {@code ubnd}, {@code thidua}: the group id's part before the unit code. */
    public String word() {
        return word;
    }

    /** "Hội Khuyến học", "UBND", "Ban Thi đua – Khen thưởng". */
    public String vietnameseName() {
        return vietnameseName;
    }

    /** {@code hoikhuyenhoc10507}; refuses a code that is no unit's of a role (a village's {@code 10507-01}). */
    public String groupId(String unitCode) {
        return CandidateGroups.of(word, unitCode);
    }

    /**
     * {@code hoi-khuyen-hoc:10507}: the group id earlier versions of the library wrote, which needed Camunda's
     * whitelist widened; read only to upgrade such groups ({@link LegacyGroupsUpgrade}).
     */
    public String legacyGroupId(String unitCode) {
        return slug + ":" + unitCode;
    }

    /** "Hội Khuyến học phường Thành Đông" for Phường Thành Đông: the role's name, then the unit's, lower-cased first. */
    public String groupName(AdministrativeUnit unit) {
        String name = unit.name() == null || unit.name().isBlank() ? unit.code() : unit.name();
        return vietnameseName + " " + name.substring(0, 1).toLowerCase(new Locale("vi")) + name.substring(1);
    }

    /** Whether a unit of this level has this role: a board is a province's; no role is a village's. */
    public boolean existsAt(UnitLevel level) {
        return this == EMULATION_BOARD ? level == UnitLevel.PROVINCE : level != UnitLevel.VILLAGE;
    }

    /** The role written {@code slug}; refuses any other word, naming the roles there are. */
    public static OfficerRole ofSlug(String slug) {
        return Arrays.stream(values()).filter(role -> role.slug.equals(slug)).findFirst()
                .orElseThrow(() -> new InvalidInputException("role", slug, "Vai trò không hợp lệ; các vai trò là "
                        + String.join(", ", Arrays.stream(values()).map(r -> r.slug + " (" + r.vietnameseName + ")")
                        .toList())));
    }

    /**
     * The role and unit code a group id names, if it is one of these roles' groups ({@code ubnd10507});
     * empty for any other group: a portal's {@code tiepdan10507}, {@code ubndx10507}, {@code ubnd} alone, an
     * old-style {@code ubnd:10507}.
     */
    public static Optional<Held> ofGroup(String groupId) {
        for (OfficerRole role : values()) {
            String code = CandidateGroups.unitCodeOf(role.word, groupId);
            if (code != null) {
                return Optional.of(new Held(role, code));
            }
        }
        return Optional.empty();
    }

    /** The role and unit code of an old-style group id ({@code hoi-khuyen-hoc:10507}), to upgrade it. */
    public static Optional<Held> ofLegacyGroup(String groupId) {
        int colon = groupId == null ? -1 : groupId.indexOf(':');
        if (colon <= 0 || colon == groupId.length() - 1) {
            return Optional.empty();
        }
        String slug = groupId.substring(0, colon);
        String code = groupId.substring(colon + 1);
        if (!CandidateGroups.UNIT_CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(role -> role.slug.equals(slug)).findFirst()
                .map(role -> new Held(role, code));
    }

    /** A role in the unit holding {@code unitCode}. */
    public record Held(OfficerRole role, String unitCode) {

        public String groupId() {
            return role.groupId(unitCode);
        }
    }
}
