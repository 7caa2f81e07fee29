package org.learningsociety.workflow.officer;

import java.util.List;

/** What {@link OfficerProvisioning} reports, as the REST API answers it. */
public final class OfficerResults {

    private OfficerResults() {
    }

    /**
     * A user's account to create in Camunda's identity service, where they are not yet: only when a
     * caller gives one, never by default (a portal with its own identity provider keeps its users there).
     */
    public record NewAccount(String firstName, String lastName, String email, String password) { }

    /**
     * A role given: the user, the role's group (its id and Vietnamese name) and what this call created;
     * every flag {@code false} and no authorization listed when all was there already.
     */
    public record RoleGranted(String userId, String role, String unitCode, String unitName, String groupId,
            String groupName, boolean userCreated, boolean groupCreated, boolean membershipCreated,
            List<String> authorizationsGranted, boolean filterCreated, boolean membershipsManagedElsewhere) { }

    /** A role taken away: whether the user was a member of the role's group until now. */
    public record RoleRemoved(String userId, String role, String unitCode, String groupId,
            boolean membershipRemoved) { }

    /** A role a user holds: in a unit that exists today ({@code current}) or in a past one. */
    public record RoleInUnit(String role, String unitCode, String unitName, String groupId, boolean current) { }

    /** The roles a user holds, as their groups tell; {@code knownUser} whether the identity service has the user. */
    public record OfficerRoles(String userId, boolean knownUser, List<RoleInUnit> roles) { }

    /** A past unit, the current units it went into and the roles its officers hold. */
    public record Succession(String pastUnitCode, String pastUnitName, List<String> successorCodes,
            List<OfficerRole> rolesHeld) { }

    /** One officer given their role in a successor. */
    public record OfficerMoved(String userId, String role, String fromGroupId, String toGroupId,
            boolean membershipCreated, boolean oldMembershipRemoved) { }

    /** What moving a past unit's officers did: each officer moved, and what could not be (in Vietnamese). */
    public record OfficersMoved(String pastUnitCode, String pastUnitName, List<String> successorCodes,
            List<OfficerMoved> moved, List<String> notMoved) { }
}
