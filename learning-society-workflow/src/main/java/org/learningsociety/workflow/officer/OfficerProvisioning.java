package org.learningsociety.workflow.officer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.shared.Transactions;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.AdministrativeUnits;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.workflow.officer.OfficerResults.NewAccount;
import org.learningsociety.workflow.officer.OfficerResults.OfficerMoved;
import org.learningsociety.workflow.officer.OfficerResults.OfficerRoles;
import org.learningsociety.workflow.officer.OfficerResults.OfficersMoved;
import org.learningsociety.workflow.officer.OfficerResults.RoleGranted;
import org.learningsociety.workflow.officer.OfficerResults.RoleInUnit;
import org.learningsociety.workflow.officer.OfficerResults.RoleRemoved;
import org.learningsociety.workflow.officer.OfficerResults.Succession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives a user a role in a unit, in Camunda's identity and authorization services: the role's group
 * for the unit ({@code hoikhuyenhoc10507}, "Hội Khuyến học phường Thành Đông"), the user's
 * membership, what the group needs in Tasklist ({@link #TASKLIST_GRANTS} and the shared filter
 * {@value #MY_UNITS_FILTER}, made once for every group). Each call is idempotent: what is there already
 * is left as it is. The tasks themselves need no grant: the engine grants a task to its candidate group.
 *
 * <p>A user is created in the identity service only by {@link #grantCreatingUser}; {@link #grant}
 * refuses a user it does not know. Where the identity service is read-only (LDAP, a portal's own
 * provider) groups and memberships are the provider's: the group gets its authorizations and the
 * filter, and the answer says the membership is managed elsewhere.
 *
 * <p>Where provinces are Camunda tenants ({@link TenantMemberships}), a role also makes the user a member of the
 * tenant of the unit's province (the tenant made, named as the province, if absent), and the user's last role in
 * that province takes the tenant membership away: Tasklist and engine-rest then show the user only their
 * province's tasks, whatever other groups they are in.
 */
public class OfficerProvisioning {

    /** The shared Tasklist filter of every officer: the tasks of their own groups, and those assigned to them. */
    public static final String MY_UNITS_FILTER = "Công việc của đơn vị tôi";
    /** The type of the groups made here, as Camunda's admin shows it. */
    public static final String GROUP_TYPE = "WORKFLOW";
    /** What a role's group is granted, besides reading the filter: Tasklist, and reading the definitions its tasks show. */
    static final List<Grant> TASKLIST_GRANTS = List.of(
            new Grant(Resources.APPLICATION, "tasklist", Permissions.ACCESS),
            new Grant(Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ),
            new Grant(Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ));

    private static final Logger LOG = LoggerFactory.getLogger(OfficerProvisioning.class);
    private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    private static final int MAX_TEXT = 255;

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;
    private final UnitDirectory units;
    private final AdministrativeUnits unitRecords;
    private final Transactions transactions;
    private final Clock clock;
    private final TenantMemberships tenants;

    public OfficerProvisioning(IdentityService identity, AuthorizationService authorizations, FilterService filters,
            TaskService tasks, UnitDirectory units, AdministrativeUnits unitRecords, Transactions transactions,
            Clock clock) {
        this(identity, authorizations, filters, tasks, units, unitRecords, transactions, clock, null);
    }

    /**
     * @param tenants the province tenant memberships that go with the roles ({@code null}: provinces are not
     *        tenants): a role in a unit makes the user a member of its province's tenant, and the user's last role
     *        in a province takes them out of its tenant
     */
    public OfficerProvisioning(IdentityService identity, AuthorizationService authorizations, FilterService filters,
            TaskService tasks, UnitDirectory units, AdministrativeUnits unitRecords, Transactions transactions,
            Clock clock, TenantMemberships tenants) {
        this.tenants = tenants;
        this.identity = Objects.requireNonNull(identity);
        this.authorizations = Objects.requireNonNull(authorizations);
        this.filters = Objects.requireNonNull(filters);
        this.tasks = Objects.requireNonNull(tasks);
        this.units = Objects.requireNonNull(units);
        this.unitRecords = Objects.requireNonNull(unitRecords);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    /** A grant of one permission on a resource. */
    record Grant(Resource resource, String resourceId, Permission permission) {

        String describe() {
            return resource.resourceName() + " " + resourceId + ": " + permission.getName();
        }
    }

    /** Gives a user the identity service knows {@code role} in the current unit {@code unitCode}; refuses an unknown user (404). */
    public RoleGranted grant(String userId, OfficerRole role, String unitCode) {
        return grant(userId, null, role, unitCode);
    }

    /**
     * Gives {@code role} in the current unit {@code unitCode} to {@code userId}, creating the user in
     * Camunda's identity service from {@code account} if it has no such user (an existing user's
     * account is left as it is).
     */
    public RoleGranted grantCreatingUser(String userId, NewAccount account, OfficerRole role, String unitCode) {
        requireAccount(Objects.requireNonNull(account, "account"));
        return grant(userId, account, role, unitCode);
    }

    private RoleGranted grant(String userId, NewAccount account, OfficerRole role, String unitCode) {
        requireUserId(userId);
        Objects.requireNonNull(role, "role");
        AdministrativeUnit unit = currentUnit(unitCode);
        if (!role.existsAt(unit.level())) {
            throw new InvalidInputException("role", role.slug(), role.vietnameseName() + " không có ở cấp "
                    + unit.level().vietnameseName() + " (" + unit.name() + ")"
                    + (role == OfficerRole.EMULATION_BOARD ? "; Ban Thi đua – Khen thưởng là của tỉnh, thành phố" : ""));
        }
        String groupId = role.groupId(unit.code());
        String groupName = role.groupName(unit);
        RoleGranted granted = inTransactionAsSystem(() -> {
            boolean readOnly = identity.isReadOnly();
            boolean userCreated = !readOnly && ensureUser(userId, account);
            boolean groupCreated = !readOnly && ensureGroup(groupId, groupName);
            List<String> grantedNow = new ArrayList<>();
            for (Grant grant : TASKLIST_GRANTS) {
                if (ensureGrant(groupId, grant)) {
                    grantedNow.add(grant.describe());
                }
            }
            boolean[] filterCreated = new boolean[1];
            String filterId = myUnitsFilter(filterCreated);
            Grant filterRead = new Grant(Resources.FILTER, filterId, Permissions.READ);
            if (ensureGrant(groupId, filterRead)) {
                grantedNow.add(filterRead.describe());
            }
            boolean membershipCreated = false;
            if (!readOnly && identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
                identity.createMembership(userId, groupId);
                membershipCreated = true;
            }
            if (!readOnly && tenants != null) {
                tenants.addToProvinceOf(userId, unit.code());
            }
            return new RoleGranted(userId, role.slug(), unit.code(), unit.name(), groupId, groupName, userCreated,
                    groupCreated, membershipCreated, List.copyOf(grantedNow), filterCreated[0], readOnly);
        });
        if (granted.membershipCreated()) {
            LOG.info("Đã phân công {} vào nhóm {} ({})", userId, groupId, groupName);
        }
        return granted;
    }

    /**
     * Takes {@code role} in unit {@code unitCode} (a current or past unit) from {@code userId}: their
     * membership of the role's group. The group and its grants stay, for the unit's other officers.
     */
    public RoleRemoved revoke(String userId, OfficerRole role, String unitCode) {
        requireUserId(userId);
        AdministrativeUnit unit = anyUnit(unitCode);
        String groupId = role.groupId(unit.code());
        return inTransactionAsSystem(() -> {
            requireWritableIdentity();
            boolean member = identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0;
            if (member) {
                identity.deleteMembership(userId, groupId);
                LOG.info("Đã rút {} khỏi nhóm {}", userId, groupId);
                if (tenants != null) {
                    tenants.removeUnlessRoleLeftIn(userId, unit.code());
                }
            }
            return new RoleRemoved(userId, role.slug(), unit.code(), groupId, member);
        });
    }

    /** The roles {@code userId} holds, by the groups they are a member of; refuses a user with neither account nor role (404). */
    public OfficerRoles rolesOf(String userId) {
        requireUserId(userId);
        LocalDate today = LocalDate.now(clock);
        boolean known = identity.createUserQuery().userId(userId).count() > 0;
        List<RoleInUnit> roles = new ArrayList<>();
        for (Group group : identity.createGroupQuery().groupMember(userId).list()) {
            OfficerRole.ofGroup(group.getId()).ifPresent(held -> {
                Optional<AdministrativeUnit> unit = unitRecords.findLatestByCode(held.unitCode());
                roles.add(new RoleInUnit(held.role().slug(), held.unitCode(),
                        unit.map(AdministrativeUnit::name).orElse(null), held.groupId(),
                        unit.map(u -> u.validity().contains(today)).orElse(false)));
            });
        }
        if (!known && roles.isEmpty()) {
            throw new NotFoundException("userId", userId, "Không có tài khoản " + userId
                    + " trong dịch vụ định danh của Camunda");
        }
        roles.sort(Comparator.comparing(RoleInUnit::unitCode).thenComparing(RoleInUnit::role));
        return new OfficerRoles(userId, known, List.copyOf(roles));
    }

    /** The past unit {@code pastUnitCode}, the current units it went into and the roles its officers hold. */
    public Succession successionOf(String pastUnitCode) {
        AdministrativeUnit past = anyUnit(pastUnitCode);
        if (past.validity().contains(LocalDate.now(clock))) {
            throw new InvalidInputException("pastUnitCode", pastUnitCode, past.name()
                    + " vẫn là đơn vị hành chính hiện hành: không có đơn vị kế thừa để chuyển cán bộ sang");
        }
        List<String> successors = units.currentSuccessorsOf(past.id()).stream().map(AdministrativeUnit::code).toList();
        List<OfficerRole> held = java.util.Arrays.stream(OfficerRole.values())
                .filter(role -> !members(role.groupId(past.code())).isEmpty()).toList();
        return new Succession(past.code(), past.name(), successors, held);
    }

    /**
     * Gives each officer of the past unit {@code pastUnitCode} the same role in each current unit it
     * went into (where that unit has the role), and, if {@code removeOldMemberships}, takes them out of
     * the past unit's groups. Idempotent: a second run creates nothing.
     */
    public OfficersMoved moveToSuccessors(String pastUnitCode, boolean removeOldMemberships) {
        Succession succession = successionOf(pastUnitCode);
        LocalDate today = LocalDate.now(clock);
        return inTransactionAsSystem(() -> {
            if (removeOldMemberships) {
                requireWritableIdentity();
            }
            List<OfficerMoved> moved = new ArrayList<>();
            List<String> notMoved = new ArrayList<>();
            if (succession.successorCodes().isEmpty()) {
                notMoved.add(succession.pastUnitName() + " không có đơn vị kế thừa hiện hành");
            }
            for (OfficerRole role : succession.rolesHeld()) {
                String fromGroup = role.groupId(succession.pastUnitCode());
                List<String> officers = members(fromGroup);
                List<AdministrativeUnit> targets = succession.successorCodes().stream()
                        .map(code -> units.unitOn(code, today)).filter(unit -> role.existsAt(unit.level())).toList();
                if (targets.isEmpty()) {
                    notMoved.add("Không chuyển " + officers.size() + " cán bộ của nhóm " + fromGroup
                            + ": không đơn vị kế thừa nào có " + role.vietnameseName());
                    continue;
                }
                for (String userId : officers) {
                    boolean removed = false;
                    for (AdministrativeUnit target : targets) {
                        RoleGranted granted = grant(userId, null, role, target.code());
                        if (removeOldMemberships && !removed) {
                            identity.deleteMembership(userId, fromGroup);
                            removed = true;
                            if (tenants != null) {
                                tenants.removeUnlessRoleLeftIn(userId, succession.pastUnitCode());
                            }
                        }
                        moved.add(new OfficerMoved(userId, role.slug(), fromGroup, granted.groupId(),
                                granted.membershipCreated(), removed));
                    }
                }
            }
            LOG.info("Đã chuyển {} phân công cán bộ của {} sang {}", moved.size(), succession.pastUnitName(),
                    succession.successorCodes());
            return new OfficersMoved(succession.pastUnitCode(), succession.pastUnitName(), succession.successorCodes(),
                    List.copyOf(moved), List.copyOf(notMoved));
        });
    }

    /**
     * Runs {@code work} in one transaction without the current Camunda authentication, restored after:
     * who may provision is the caller's {@code OfficerAccess}, decided before, and an officer logged in to
     * Tasklist on this thread must not make the filter look missing (it reads only the filters they may).
     */
    private <T> T inTransactionAsSystem(java.util.function.Supplier<T> work) {
        org.camunda.bpm.engine.impl.identity.Authentication current = identity.getCurrentAuthentication();
        if (current == null) {
            return transactions.inTransaction(work);
        }
        identity.clearAuthentication();
        try {
            return transactions.inTransaction(work);
        } finally {
            identity.setAuthentication(current);
        }
    }

    /** The id of the shared filter {@value #MY_UNITS_FILTER}, made if there is none. */
    public String myUnitsFilterId() {
        return inTransactionAsSystem(() -> myUnitsFilter(new boolean[1]));
    }

    private String myUnitsFilter(boolean[] created) {
        Filter existing = filters.createFilterQuery().filterName(MY_UNITS_FILTER).list().stream().findFirst()
                .orElse(null);
        if (existing != null) {
            return existing.getId();
        }
        Filter filter = filters.newTaskFilter(MY_UNITS_FILTER)
                .setQuery(tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks())
                .setProperties(Map.of("description", "Các công việc giao cho nhóm của tôi", "priority", -10,
                        "refresh", true));
        created[0] = true;
        LOG.info("Đã tạo bộ lọc Tasklist dùng chung \"{}\"", MY_UNITS_FILTER);
        return filters.saveFilter(filter).getId();
    }

    /** Grants {@code grant} to the group unless it has it; whether it granted. */
    private boolean ensureGrant(String groupId, Grant grant) {
        Authorization existing = authorizations.createAuthorizationQuery().groupIdIn(groupId)
                .resourceType(grant.resource()).resourceId(grant.resourceId()).list().stream()
                .filter(a -> a.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT).findFirst().orElse(null);
        if (existing != null && existing.isPermissionGranted(grant.permission())) {
            return false;
        }
        Authorization authorization = existing != null ? existing
                : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        if (existing == null) {
            authorization.setGroupId(groupId);
            authorization.setResource(grant.resource());
            authorization.setResourceId(grant.resourceId());
        }
        authorization.addPermission(grant.permission());
        authorizations.saveAuthorization(authorization);
        return true;
    }

    private boolean ensureGroup(String groupId, String name) {
        if (identity.createGroupQuery().groupId(groupId).count() > 0) {
            return false;
        }
        try {
            Group group = identity.newGroup(groupId);
            group.setName(name);
            group.setType(GROUP_TYPE);
            identity.saveGroup(group);
        } catch (ProcessEngineException e) {
            throw new InvalidInputException("groupId", groupId, "Máy chủ quy trình không nhận mã nhóm " + groupId
                    + " (mã nhóm chỉ gồm chữ và số, hợp lệ với mẫu mặc định của Camunda; cổng thông tin đã đặt "
                    + "camunda.bpm.generic-properties.properties.group-resource-whitelist-pattern hoặc "
                    + "general-resource-whitelist-pattern hẹp hơn): " + e.getMessage());
        }
        LOG.info("Đã tạo nhóm {} ({})", groupId, name);
        return true;
    }

    /** Whether it created the user; refuses an unknown user when no account is given. */
    private boolean ensureUser(String userId, NewAccount account) {
        if (identity.createUserQuery().userId(userId).count() > 0) {
            return false;
        }
        if (account == null) {
            throw new NotFoundException("userId", userId, "Không có tài khoản " + userId + " trong dịch vụ định danh "
                    + "của Camunda; tạo tài khoản trước, hoặc gửi kèm họ, tên và mật khẩu để tạo");
        }
        try {
            User user = identity.newUser(userId);
            user.setFirstName(account.firstName().strip());
            user.setLastName(account.lastName().strip());
            user.setEmail(account.email() == null || account.email().isBlank() ? null : account.email().strip());
            user.setPassword(account.password());
            identity.saveUser(user);
        } catch (ProcessEngineException e) {
            throw new InvalidInputException("userId", userId, "Máy chủ quy trình không tạo được tài khoản " + userId
                    + " (mã hoặc mật khẩu không theo quy định của máy chủ; mẫu mặc định của Camunda chỉ nhận mã "
                    + "tài khoản gồm chữ và số, cổng thông tin dùng dấu . _ @ - thì đặt camunda.bpm.generic-properties."
                    + "properties.user-resource-whitelist-pattern): " + e.getMessage());
        }
        LOG.info("Đã tạo tài khoản {} trong dịch vụ định danh của Camunda", userId);
        return true;
    }

    private List<String> members(String groupId) {
        return identity.createUserQuery().memberOfGroup(groupId).list().stream().map(User::getId).sorted().toList();
    }

    private void requireWritableIdentity() {
        if (identity.isReadOnly()) {
            throw new InvalidInputException("userId", null, "Dịch vụ định danh của máy chủ chỉ đọc: thành viên của "
                    + "nhóm do hệ thống định danh của cổng thông tin quản lý");
        }
    }

    /** The unit holding {@code code} today; refuses an unknown code (404) and a past unit, naming its successors (400). */
    private AdministrativeUnit currentUnit(String code) {
        requireUnitCode(code);
        LocalDate today = LocalDate.now(clock);
        Optional<AdministrativeUnit> current = unitRecords.findByCode(code, today);
        if (current.isPresent()) {
            return current.get();
        }
        AdministrativeUnit past = anyUnit(code);
        String successors = String.join(", ", units.currentSuccessorsOf(past.id()).stream()
                .map(unit -> unit.name() + " (" + unit.code() + ")").toList());
        throw new InvalidInputException("unitCode", code, past.name() + " không còn là đơn vị hành chính hiện hành"
                + (successors.isEmpty() ? "" : "; đơn vị kế thừa: " + successors)
                + ". Phân công cán bộ ở đơn vị hiện hành, hoặc chuyển cán bộ sang đơn vị kế thừa");
    }

    /** The unit that held {@code code}, today or last; refuses a code that never meant a unit (404). */
    private AdministrativeUnit anyUnit(String code) {
        requireUnitCode(code);
        return unitRecords.findByCode(code, LocalDate.now(clock)).or(() -> unitRecords.findLatestByCode(code))
                .orElseThrow(() -> new NotFoundException("unitCode", code,
                        "Không có đơn vị hành chính nào từng mang mã " + code));
    }

    private static void requireUnitCode(String code) {
        if (code == null || code.isBlank() || code.length() > AdministrativeUnit.MAX_CODE) {
            throw new InvalidInputException("unitCode", code, "Mã đơn vị phải có từ 1 đến "
                    + AdministrativeUnit.MAX_CODE + " ký tự");
        }
    }

    private static void requireUserId(String userId) {
        if (userId == null || !USER_ID.matcher(userId).matches()) {
            throw new InvalidInputException("userId", userId, "Mã tài khoản phải có từ 1 đến 64 ký tự, gồm chữ "
                    + "không dấu, chữ số và các dấu . _ @ -");
        }
    }

    private static void requireAccount(NewAccount account) {
        requireText("firstName", account.firstName(), "Họ và tên đệm", true);
        requireText("lastName", account.lastName(), "Tên", true);
        requireText("password", account.password(), "Mật khẩu", true);
        requireText("email", account.email(), "Thư điện tử", false);
        if (account.email() != null && !account.email().isBlank() && !account.email().strip().matches("[^@\\s]+@[^@\\s]+")) {
            throw new InvalidInputException("email", account.email(), "Thư điện tử không đúng dạng (ten@mien)");
        }
    }

    private static void requireText(String field, String value, String name, boolean required) {
        if (required && (value == null || value.isBlank())) {
            throw new InvalidInputException(field, value, name + " của tài khoản mới là bắt buộc");
        }
        if (value != null && value.length() > MAX_TEXT) {
            throw new InvalidInputException(field, value.substring(0, 40) + "…", name + " dài quá " + MAX_TEXT
                    + " ký tự");
        }
    }
}
