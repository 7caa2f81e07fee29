package org.learningsociety.workflow.security;

import java.util.Optional;

/**
 * Which unit an engine group gives its members: by default the code after the last colon of a
 * group id written {@code <role>:<unit code>} ({@code hoi-khuyen-hoc:10507} → {@code 10507}), none
 * for any other group. A portal with other group names supplies its own.
 */
@FunctionalInterface
public interface GroupUnits {

    Optional<String> unitCodeOf(String groupId);

    /** The {@code <role>:<unit code>} convention of {@link org.learningsociety.workflow.cycle.CandidateGroups}. */
    static GroupUnits roleColonCode() {
        return groupId -> {
            int colon = groupId == null ? -1 : groupId.lastIndexOf(':');
            if (colon <= 0 || colon == groupId.length() - 1) {
                return Optional.empty();
            }
            return Optional.of(groupId.substring(colon + 1));
        };
    }
}
