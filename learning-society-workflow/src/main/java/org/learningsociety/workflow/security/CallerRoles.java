package org.learningsociety.workflow.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.learningsociety.workflow.api.OutOfScopeException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The caller's roles for the permission matrix, read from their Spring Security authorities only (so an
 * HTTP basic login over Camunda's identity service and a JWT whose claims became the same authorities
 * count alike): each library group ({@link GroupUnits}) is its role in its unit, the administrators'
 * group and the portal's service-account authority are their roles in every unit.
 */
public class CallerRoles {

    /** One role the caller holds, in a unit, or in every unit ({@code unitCode} null). */
    public record Held(PermissionRole role, String unitCode, String authority) {

        /** Whether this role reaches every unit. */
        public boolean everywhere() {
            return unitCode == null;
        }

        /** "Hội Khuyến học (hoikhuyenhoc10507)". */
        public String describe() {
            return role.vietnameseName() + " (" + authority + ")";
        }
    }

    private final GroupUnits groupUnits;
    private final Set<String> administratorGroups;
    private final Set<String> serviceAccounts;

    public CallerRoles(GroupUnits groupUnits, Set<String> administratorGroups, Set<String> serviceAccounts) {
        this.groupUnits = Objects.requireNonNull(groupUnits);
        this.administratorGroups = Set.copyOf(administratorGroups);
        this.serviceAccounts = Set.copyOf(serviceAccounts);
    }

    /** The roles of the authenticated caller; refuses (403) a request without one. */
    public List<Held> current() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || !caller.isAuthenticated()) {
            throw new OutOfScopeException("user", null, "Cần đăng nhập để truy cập dữ liệu của đơn vị");
        }
        Set<String> authorities = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(Objects::nonNull).collect(Collectors.toCollection(java.util.TreeSet::new));
        return of(authorities);
    }

    /** The roles a caller with these authorities holds. */
    public List<Held> of(Set<String> authorities) {
        List<Held> held = new ArrayList<>();
        for (String authority : authorities) {
            if (administratorGroups.contains(authority)) {
                held.add(new Held(PermissionRole.ADMINISTRATOR, null, authority));
            }
            if (serviceAccounts.contains(authority)) {
                held.add(new Held(PermissionRole.SERVICE_ACCOUNT, null, authority));
            }
            Optional<String> unit = groupUnits.unitCodeOf(authority);
            if (unit.isPresent()) {
                groupUnits.roleOf(authority).ifPresent(role ->
                        held.add(new Held(PermissionRole.of(role), unit.get(), authority)));
            }
        }
        return held;
    }
}
