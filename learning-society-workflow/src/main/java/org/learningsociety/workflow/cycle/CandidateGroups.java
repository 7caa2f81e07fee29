package org.learningsociety.workflow.cycle;

import java.util.regex.Pattern;

/**
 * The candidate groups of the cycle's tasks, one per role and unit: the role's word followed by the
 * unit's code, {@code <role word><unit code>} ({@code hoikhuyenhoc10507}, {@code ubnd10507},
 * {@code thidua31}). Letters and digits only, so the ids pass Camunda's default id whitelist
 * ({@code [a-zA-Z0-9]+|camunda-admin}) and a portal sets no engine-wide pattern for them; the BPMN writes
 * the same ids as {@code ubnd${unitCode}}. A portal puts each officer in the groups of their own unit; with
 * Camunda's authorization enabled, a candidate group grants its members the task and nothing else.
 *
 * <p>The role words are lower case and a unit code begins with a digit (or is the centre's {@code VN}), so
 * an id splits in one way only: {@code ubndx10507} or {@code ubnd} alone is no group of the library's.
 */
public final class CandidateGroups {

    /** The Study Promotion Association (Hội Khuyến học) of a commune: registers, collects, verifies. */
    public static final String ASSOCIATION = "hoikhuyenhoc";
    /** The People's Committee (UBND) of a commune: recognises, awards Giấy khen, reports. */
    public static final String PEOPLES_COMMITTEE = "ubnd";
    /** The emulation and commendation board (Ban Thi đua – Khen thưởng) of a province. */
    public static final String EMULATION_BOARD = "thidua";

    /**
     * A unit code as it follows a role word in a group id: a digit or an upper-case letter first, then
     * letters and digits ({@code 10507}, {@code 31}, the centre's {@code VN}).
     */
    public static final Pattern UNIT_CODE = Pattern.compile("[0-9A-Z][0-9A-Za-z]*");

    private CandidateGroups() {
    }

    /** {@code hoikhuyenhoc10507}. */
    public static String association(String communeCode) {
        return of(ASSOCIATION, communeCode);
    }

    /** {@code ubnd10507}. */
    public static String peoplesCommittee(String communeCode) {
        return of(PEOPLES_COMMITTEE, communeCode);
    }

    /** {@code thidua31}. */
    public static String emulationBoard(String provinceCode) {
        return of(EMULATION_BOARD, provinceCode);
    }

    /**
     * The group of the role written {@code roleWord} in the unit {@code unitCode}; refuses a code that
     * would not read back as the same unit (a village's {@code 10507-01}: villages have no role groups).
     */
    public static String of(String roleWord, String unitCode) {
        if (unitCode == null || !UNIT_CODE.matcher(unitCode).matches()) {
            throw new IllegalArgumentException("A unit code of a library group is letters and digits, beginning"
                    + " with a digit or a capital: " + unitCode);
        }
        return roleWord + unitCode;
    }

    /**
     * The unit code of {@code groupId} if it is {@code roleWord} followed by a unit code, else {@code null}:
     * {@code unitCodeOf("ubnd", "ubnd10507")} is {@code 10507}; {@code ubndx10507}, {@code ubnd} and
     * {@code ubnd:10507} are not groups of the role.
     */
    public static String unitCodeOf(String roleWord, String groupId) {
        if (groupId == null || !groupId.startsWith(roleWord)) {
            return null;
        }
        String code = groupId.substring(roleWord.length());
        return UNIT_CODE.matcher(code).matches() ? code : null;
    }
}
