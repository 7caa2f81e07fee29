package org.learningsociety.workflow.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.workflow.officer.OfficerProvisioning;
import org.learningsociety.workflow.officer.OfficerResults.NewAccount;
import org.learningsociety.workflow.officer.OfficerResults.OfficerRoles;
import org.learningsociety.workflow.officer.OfficerResults.OfficersMoved;
import org.learningsociety.workflow.officer.OfficerResults.RoleGranted;
import org.learningsociety.workflow.officer.OfficerResults.RoleInUnit;
import org.learningsociety.workflow.officer.OfficerResults.RoleRemoved;
import org.learningsociety.workflow.officer.OfficerResults.Succession;
import org.learningsociety.workflow.officer.OfficerRole;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Officers' roles in units ({@code hoi-khuyen-hoc}, {@code ubnd}, {@code thi-dua}): given, taken back,
 * read, and moved from a merged commune to its successors. For administrators, and for a province's
 * emulation board in its own province's units; an officer reads their own roles.
 */
@RestController
@RequestMapping(LearningSocietyApi.BASE_PATH + "/officers")
public class OfficersController {

    private final OfficerProvisioning provisioning;
    private final OfficerAccess access;

    public OfficersController(OfficerProvisioning provisioning, OfficerAccess access) {
        this.provisioning = Objects.requireNonNull(provisioning);
        this.access = Objects.requireNonNull(access);
    }

    /** A past unit whose officers to move to the units it went into, and whether to end their old memberships. */
    public record SuccessionRequest(String pastUnitCode, Boolean removeOldMemberships) { }

    /**
     * The roles a user holds, by their groups: each role's unit, its name, and whether the unit exists today.
     * An emulation board sees the roles in its own province only.
     */
    @LibraryAction(Action.READ)
    @GetMapping("/{userId}")
    public OfficerRoles officer(@PathVariable String userId) {
        if (access.isCaller(userId)) {
            return provisioning.rolesOf(userId);
        }
        if (!access.mayProvisionAnywhere()) {
            throw new OutOfScopeException("userId", userId, "Chỉ quản trị hệ thống, Ban Thi đua – Khen thưởng hoặc "
                    + "chính cán bộ được xem phân công của cán bộ");
        }
        OfficerRoles roles = provisioning.rolesOf(userId);
        List<RoleInUnit> visible = roles.roles().stream()
                .filter(role -> access.mayProvision(OfficerRole.ofSlug(role.role()), role.unitCode())).toList();
        if (visible.isEmpty() && !roles.roles().isEmpty()) {
            throw new OutOfScopeException("userId", userId, "Các phân công của cán bộ " + userId
                    + " không thuộc phạm vi của người dùng");
        }
        return new OfficerRoles(roles.userId(), roles.knownUser(), visible);
    }

    /**
     * Gives the user the role in a current unit: the role's group for the unit (created if missing, named
     * in Vietnamese), the membership, Tasklist's grants and the shared filter "Công việc của đơn vị tôi".
     * Idempotent. A user the identity service lacks is created only from an account in the body
     * (`firstName`, `lastName`, `password`, `email`); without one it is refused (404).
     */
    @LibraryAction(Action.PROVISION_OFFICERS)
    @PutMapping("/{userId}/roles/{role}/{unitCode}")
    public RoleGranted grant(@PathVariable String userId, @PathVariable String role, @PathVariable String unitCode,
            @RequestBody(required = false) NewAccount account) {
        OfficerRole officerRole = OfficerRole.ofSlug(role);
        access.requireMayProvision(officerRole, unitCode);
        return account == null ? provisioning.grant(userId, officerRole, unitCode)
                : provisioning.grantCreatingUser(userId, account, officerRole, unitCode);
    }

    /** Takes the role in a unit (current or past) from the user: their membership of its group. Idempotent. */
    @LibraryAction(Action.PROVISION_OFFICERS)
    @DeleteMapping("/{userId}/roles/{role}/{unitCode}")
    public RoleRemoved revoke(@PathVariable String userId, @PathVariable String role, @PathVariable String unitCode) {
        OfficerRole officerRole = OfficerRole.ofSlug(role);
        access.requireMayProvision(officerRole, unitCode);
        return provisioning.revoke(userId, officerRole, unitCode);
    }

    /**
     * Gives each officer of a past unit (a commune merged on 1 July 2025) the same role in the current units
     * it went into, and with `removeOldMemberships: true` ends their memberships of the past unit's groups.
     * Answers what it did; a second call creates nothing.
     */
    @LibraryAction(Action.PROVISION_OFFICERS)
    @PostMapping("/successions")
    public OfficersMoved move(@RequestBody SuccessionRequest request) {
        if (request == null || request.pastUnitCode() == null || request.pastUnitCode().isBlank()) {
            throw new InvalidInputException("pastUnitCode", null, "Thiếu mã đơn vị cũ (pastUnitCode)");
        }
        boolean removeOld = Boolean.TRUE.equals(request.removeOldMemberships());
        Succession succession = provisioning.successionOf(request.pastUnitCode());
        List<OfficerRole> roles = succession.rolesHeld().isEmpty() ? List.of(OfficerRole.ASSOCIATION)
                : succession.rolesHeld();
        List<String> units = new ArrayList<>(succession.successorCodes());
        if (removeOld || units.isEmpty()) {
            units.add(succession.pastUnitCode());
        }
        for (OfficerRole role : roles) {
            for (String unit : units) {
                access.requireMayProvision(role, unit);
            }
        }
        return provisioning.moveToSuccessors(succession.pastUnitCode(), removeOld);
    }
}
