package org.learningsociety.workflow.security;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.workflow.api.OfficerAccess;
import org.learningsociety.workflow.api.OutOfScopeException;
import org.learningsociety.workflow.officer.OfficerRole;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Administrators give any role in any unit; a province's emulation board ({@code thidua<province>})
 * gives the association's and People's Committee's roles in its own province and the units beneath it
 * (a past unit counts through the units it went into); nobody else gives roles.
 */
public class EmulationBoardOfficerAccess implements OfficerAccess {

    private final UnitDirectory units;
    private final Set<String> administratorGroups;
    private final Clock clock;

    public EmulationBoardOfficerAccess(UnitDirectory units, Collection<String> administratorGroups, Clock clock) {
        this.units = Objects.requireNonNull(units);
        this.administratorGroups = Set.copyOf(administratorGroups);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public void requireMayProvision(OfficerRole role, String unitCode) {
        Set<String> groups = callerGroups();
        if (groups.stream().anyMatch(administratorGroups::contains)) {
            return;
        }
        Set<String> provinces = boardProvinces(groups);
        if (provinces.isEmpty()) {
            throw new OutOfScopeException("role", role.slug(), "Chỉ quản trị hệ thống hoặc Ban Thi đua – Khen thưởng "
                    + "của tỉnh, thành phố được phân công cán bộ");
        }
        if (role == OfficerRole.EMULATION_BOARD) {
            throw new OutOfScopeException("role", role.slug(), "Chỉ quản trị hệ thống được phân công cán bộ "
                    + "Ban Thi đua – Khen thưởng");
        }
        if (currentUnits(unitCode).stream().noneMatch(unit -> withinAny(unit, provinces))) {
            throw new OutOfScopeException("unitCode", unitCode, "Ban Thi đua – Khen thưởng chỉ phân công cán bộ "
                    + "trong tỉnh, thành phố của mình; đơn vị " + unitCode + " không thuộc phạm vi này");
        }
    }

    @Override
    public boolean mayProvisionAnywhere() {
        Set<String> groups = callerGroups();
        return groups.stream().anyMatch(administratorGroups::contains) || !boardProvinces(groups).isEmpty();
    }

    @Override
    public boolean isCaller(String userId) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return caller != null && caller.isAuthenticated() && caller.getName().equals(userId);
    }

    /** The unit holding the code today, or the units a past one went into; none for a code that never meant a unit. */
    private List<AdministrativeUnit> currentUnits(String code) {
        try {
            return units.currentSuccessorsOf(code);
        } catch (NotFoundException e) {
            return List.of();
        }
    }

    private boolean withinAny(AdministrativeUnit unit, Set<String> provinces) {
        LocalDate today = LocalDate.now(clock);
        return provinces.contains(unit.code())
                || units.ancestorsOf(unit, today).stream().map(AdministrativeUnit::code).anyMatch(provinces::contains);
    }

    private static Set<String> boardProvinces(Set<String> groups) {
        return groups.stream().map(OfficerRole::ofGroup).flatMap(java.util.Optional::stream)
                .filter(held -> held.role() == OfficerRole.EMULATION_BOARD).map(OfficerRole.Held::unitCode)
                .collect(Collectors.toSet());
    }

    private static Set<String> callerGroups() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || !caller.isAuthenticated()) {
            throw new OutOfScopeException("user", null, "Cần đăng nhập để phân công cán bộ");
        }
        return caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    }
}
