package org.learningsociety.workflow.security;

import java.util.Optional;
import java.util.Set;
import org.learningsociety.workflow.cycle.CandidateGroups;
import org.learningsociety.workflow.officer.OfficerRole;

/**
 * Which unit an engine group gives its members: by default the unit code of a group id written
 * {@code <role word><unit code>} whose role is one of the library's own ({@code hoikhuyenhoc10507} →
 * {@code 10507}, {@code thidua31} → {@code 31}), none for any other group — a portal's own
 * {@code tiepdan10507} grants nothing, nor do {@code ubndx10507}, {@code ubnd} alone or an old-style
 * {@code ubnd:10507}. A portal with other group names supplies its own.
 */
@FunctionalInterface
public interface GroupUnits {

    Optional<String> unitCodeOf(String groupId);

    /**
     * Which of the library's roles a group gives its members in its unit, for the permission matrix: by
     * default the role {@link OfficerRole#ofGroup} reads in the group id. A portal whose groups name their
     * units otherwise says which role each is, or its officers are granted no action.
     */
    default Optional<OfficerRole> roleOf(String groupId) {
        return OfficerRole.ofGroup(groupId).map(OfficerRole.Held::role);
    }

    /** The library's role words: those of {@link org.learningsociety.workflow.cycle.CandidateGroups}. */
    Set<String> LIBRARY_ROLES = Set.of(CandidateGroups.ASSOCIATION, CandidateGroups.PEOPLES_COMMITTEE,
            CandidateGroups.EMULATION_BOARD);

    /** The {@code <role word><unit code>} ids of {@link CandidateGroups}, for the library's roles only. */
    static GroupUnits libraryRoles() {
        return groupId -> OfficerRole.ofGroup(groupId).map(OfficerRole.Held::unitCode);
    }
}
