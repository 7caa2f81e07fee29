package org.learningsociety.workflow.engine;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;

/**
 * Authenticates a user on the engine as Tasklist and engine-rest do at login: with the user's groups
 * and tenants (their own memberships and their groups'), so that Camunda's tenant check sees what it
 * sees for an officer logged into Tasklist.
 */
public final class AsTasklist {

    private AsTasklist() {
    }

    /** Sets the engine's authentication of this thread to {@code userId} with their groups and tenants. */
    public static void authenticate(IdentityService identity, String userId) {
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        List<String> tenants = identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
                .map(Tenant::getId).toList();
        identity.setAuthentication(userId, groups, tenants);
    }

    /**
     * As {@link #authenticate}, for an officer of the province whose tenant is {@code tenantId} (a test's
     * officer who is not a user of the identity service, or not yet a member of the tenant).
     */
    public static void authenticate(IdentityService identity, String userId, String tenantId) {
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        identity.setAuthentication(userId, groups, tenantId == null ? List.of() : List.of(tenantId));
    }
}
