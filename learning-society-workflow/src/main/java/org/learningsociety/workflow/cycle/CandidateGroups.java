package org.learningsociety.workflow.cycle;

/**
 * The candidate groups of the cycle's tasks, one per role and unit: {@code <role>:<unit code>}.
 * A portal puts each officer in the groups of their own unit; with Camunda's authorization
 * enabled, a candidate group grants its members the task and nothing else.
 */
public final class CandidateGroups {

    /** The Study Promotion Association (Hội Khuyến học) of a commune: registers, collects, verifies. */
    public static final String ASSOCIATION = "hoi-khuyen-hoc";
    /** The People's Committee (UBND) of a commune: recognises, awards Giấy khen, reports. */
    public static final String PEOPLES_COMMITTEE = "ubnd";
    /** The emulation and commendation board (Ban Thi đua – Khen thưởng) of a province. */
    public static final String EMULATION_BOARD = "thi-dua";

    private CandidateGroups() {
    }

    public static String association(String communeCode) {
        return ASSOCIATION + ":" + communeCode;
    }

    public static String peoplesCommittee(String communeCode) {
        return PEOPLES_COMMITTEE + ":" + communeCode;
    }

    public static String emulationBoard(String provinceCode) {
        return EMULATION_BOARD + ":" + provinceCode;
    }
}
