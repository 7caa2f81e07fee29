package org.learningsociety.workflow.officer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.workflow.tenant.Provinces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Officers' membership of their province's tenant in Camunda's identity service: a user holding a role in a
 * unit ({@code hoikhuyenhoc10507}) is a member of the tenant of the unit's province ({@code 31}, "Thành phố
 * Hải Phòng"), made with the province's Vietnamese name when absent; the membership goes with the user's
 * last role in that province. Camunda's webapps and engine-rest read a user's tenants at login and hide the
 * tasks and instances of every other tenant. Nothing is done where the identity service is read-only (an
 * LDAP): its memberships are the provider's.
 */
public class TenantMemberships {

    private static final Logger LOG = LoggerFactory.getLogger(TenantMemberships.class);

    private final IdentityService identity;
    private final Provinces provinces;

    public TenantMemberships(IdentityService identity, Provinces provinces) {
        this.identity = Objects.requireNonNull(identity);
        this.provinces = Objects.requireNonNull(provinces);
    }

    /** Makes {@code userId} a member of the tenant of {@code unitCode}'s province; whether a membership was made. */
    public boolean addToProvinceOf(String userId, String unitCode) {
        if (identity.isReadOnly()) {
            return false;
        }
        Optional<AdministrativeUnit> province = provinces.provinceOf(unitCode);
        if (province.isEmpty()) {
            return false;
        }
        ensureTenant(province.get());
        return ensureMember(userId, province.get().code());
    }

    /**
     * Takes {@code userId} out of the tenant of {@code unitCode}'s province unless a role they still hold is
     * in that province (call it after the role's group membership is gone); whether a membership was removed.
     */
    public boolean removeUnlessRoleLeftIn(String userId, String unitCode) {
        if (identity.isReadOnly()) {
            return false;
        }
        String tenantId = provinces.tenantIdOf(unitCode);
        if (tenantId == null || identity.createTenantQuery().tenantId(tenantId).userMember(userId).count() == 0) {
            return false;
        }
        boolean roleLeft = identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).map(OfficerRole::ofGroup).flatMap(Optional::stream)
                .anyMatch(held -> tenantId.equals(provinces.tenantIdOf(held.unitCode())));
        if (roleLeft) {
            return false;
        }
        identity.deleteTenantUserMembership(tenantId, userId);
        LOG.info("Đã rút {} khỏi tenant {} (không còn vai trò nào ở tỉnh, thành phố này)", userId, tenantId);
        return true;
    }

    /**
     * One pass over the identity service's groups of units: the tenant of each one's province is made if absent,
     * and each member made a tenant member. Idempotent; returns the memberships made.
     */
    public int bringUpToDate() {
        if (identity.isReadOnly()) {
            return 0;
        }
        Map<String, Optional<AdministrativeUnit>> provinceOfUnit = new HashMap<>();
        Set<String> tenantsSeen = new HashSet<>();
        int made = 0;
        for (Group group : identity.createGroupQuery().list()) {
            Optional<OfficerRole.Held> held = OfficerRole.ofGroup(group.getId());
            if (held.isEmpty()) {
                continue;
            }
            Optional<AdministrativeUnit> province = provinceOfUnit.computeIfAbsent(held.get().unitCode(),
                    provinces::provinceOf);
            if (province.isEmpty()) {
                continue;
            }
            String tenantId = province.get().code();
            if (tenantsSeen.add(tenantId)) {
                ensureTenant(province.get());
            }
            for (User user : identity.createUserQuery().memberOfGroup(group.getId()).list()) {
                if (ensureMember(user.getId(), tenantId)) {
                    made++;
                }
            }
        }
        if (made > 0) {
            LOG.info("Đã đưa {} cán bộ vào tenant tỉnh, thành phố của đơn vị mình", made);
        }
        return made;
    }

    private void ensureTenant(AdministrativeUnit province) {
        if (identity.createTenantQuery().tenantId(province.code()).count() > 0) {
            return;
        }
        Tenant tenant = identity.newTenant(province.code());
        tenant.setName(province.name());
        identity.saveTenant(tenant);
        LOG.info("Đã tạo tenant {} ({})", province.code(), province.name());
    }

    private boolean ensureMember(String userId, String tenantId) {
        if (identity.createTenantQuery().tenantId(tenantId).userMember(userId).count() > 0) {
            return false;
        }
        identity.createTenantUserMembership(tenantId, userId);
        LOG.info("Đã đưa {} vào tenant {}", userId, tenantId);
        return true;
    }
}
