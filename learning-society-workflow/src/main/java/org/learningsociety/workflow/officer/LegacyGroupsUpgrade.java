package org.learningsociety.workflow.officer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.learningsociety.core.shared.Transactions;
import org.learningsociety.workflow.cycle.CycleVariables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Upgrades the groups earlier versions of the library wrote {@code <slug>:<unit code>}
 * ({@code hoi-khuyen-hoc:10507}, {@code ubnd:10507}, {@code thi-dua:31}), which needed Camunda's id
 * whitelist widened engine-wide, to the ids of {@link OfficerRole#groupId} ({@code hoikhuyenhoc10507}),
 * through Camunda's Java API only. For each old group, in one transaction: the new group (the old one's
 * name and type), the old group's members, its authorizations (the Tasklist grants, the READ of the
 * shared filter, whatever a portal added), the candidate group of its open tasks, the task filters whose
 * query names it, then the old group and its authorizations are deleted. The running commendations' variable
 * {@value CycleVariables#APPROVER_GROUPS}, from which their approval task takes its group, is rewritten too;
 * the old definitions' candidate group expressions are read anew by {@link LegacyCandidateGroups}. A second
 * run finds nothing to do.
 *
 * <p>A group whose upgrade fails (another node of the portal upgrading it at the same start) is left as it
 * was, with a warning, and tried again at the next start; the portal starts either way.
 *
 * <p>Run at start-up by {@link OfficerAutoConfiguration} unless
 * {@code learning-society.officers.upgrade-legacy-groups=false}. Where the identity service is read-only
 * (LDAP, a portal's own provider) the groups are the provider's: it renames them there; the upgrade then
 * moves the authorizations and tasks of each old id whose new group the provider already has.
 */
public class LegacyGroupsUpgrade {

    /** What the upgrade did to one old group. */
    public record GroupUpgraded(String fromGroupId, String toGroupId, boolean groupCreated, int membersCopied,
            int authorizationsMoved, int tasksMoved, int filtersChanged, boolean oldGroupDeleted) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(LegacyGroupsUpgrade.class);

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final TaskService tasks;
    private final FilterService filters;
    private final RuntimeService runtime;
    private final Transactions transactions;

    public LegacyGroupsUpgrade(IdentityService identity, AuthorizationService authorizations, TaskService tasks,
            FilterService filters, RuntimeService runtime, Transactions transactions) {
        this.identity = Objects.requireNonNull(identity);
        this.authorizations = Objects.requireNonNull(authorizations);
        this.tasks = Objects.requireNonNull(tasks);
        this.filters = Objects.requireNonNull(filters);
        this.runtime = Objects.requireNonNull(runtime);
        this.transactions = Objects.requireNonNull(transactions);
    }

    /** Upgrades every old-style group there is; an empty list when there is none (every run after the first). */
    public List<GroupUpgraded> upgrade() {
        org.camunda.bpm.engine.impl.identity.Authentication current = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            List<GroupUpgraded> done = new ArrayList<>();
            for (String legacyId : legacyGroupIds()) {
                OfficerRole.Held held = OfficerRole.ofLegacyGroup(legacyId).orElseThrow();
                GroupUpgraded upgraded;
                try {
                    upgraded = transactions.inTransaction(() -> upgrade(legacyId, held.groupId()));
                } catch (RuntimeException e) {
                    // another node upgrading the same group at the same start, say: its transaction rolled back,
                    // the group stays as it was and the next start tries again
                    LOG.warn("Chưa nâng cấp được nhóm {} thành {} (sẽ thử lại ở lần khởi động sau): {}", legacyId,
                            held.groupId(), e.getMessage());
                    continue;
                }
                if (upgraded != null) {
                    LOG.info("Nâng cấp nhóm {} thành {}: {} thành viên, {} quyền, {} công việc đang mở, {} bộ lọc{}",
                            upgraded.fromGroupId(), upgraded.toGroupId(), upgraded.membersCopied(),
                            upgraded.authorizationsMoved(), upgraded.tasksMoved(), upgraded.filtersChanged(),
                            upgraded.oldGroupDeleted() ? "; đã xoá nhóm cũ" : "");
                    done.add(upgraded);
                }
            }
            if (!done.isEmpty()) {
                LOG.info("Đã nâng cấp {} nhóm kiểu cũ (vai trò:mã đơn vị) sang mã nhóm chỉ gồm chữ và số", done.size());
            }
            try {
                int approvers = transactions.inTransaction(this::upgradeApproverGroups);
                if (approvers > 0) {
                    LOG.info("Đã đổi nhóm xét duyệt khen thưởng sang mã mới ở {} quy trình đang chạy", approvers);
                }
            } catch (RuntimeException e) {
                LOG.warn("Chưa đổi được nhóm xét duyệt khen thưởng của các quy trình đang chạy (sẽ thử lại ở lần khởi "
                        + "động sau): {}", e.getMessage());
            }
            return List.copyOf(done);
        } finally {
            if (current != null) {
                identity.setAuthentication(current);
            }
        }
    }

    /** Rewrites the approver groups of the running commendations that hold old-style ids; how many it rewrote. */
    private int upgradeApproverGroups() {
        int rewritten = 0;
        for (VariableInstance variable : runtime.createVariableInstanceQuery()
                .variableName(CycleVariables.APPROVER_GROUPS).list()) {
            if (!(variable.getValue() instanceof Map<?, ?> groups)) {
                continue;
            }
            HashMap<Object, Object> upgraded = new HashMap<>();
            boolean legacy = false;
            for (Map.Entry<?, ?> entry : groups.entrySet()) {
                Object value = entry.getValue();
                if (value instanceof String id && OfficerRole.ofLegacyGroup(id).isPresent()) {
                    value = OfficerRole.ofLegacyGroup(id).get().groupId();
                    legacy = true;
                }
                upgraded.put(entry.getKey(), value);
            }
            if (legacy) {
                runtime.setVariableLocal(variable.getExecutionId(), variable.getName(), upgraded);
                rewritten++;
            }
        }
        return rewritten;
    }

    /** The old-style ids of the library's roles among the groups and the groups' authorizations. */
    private Set<String> legacyGroupIds() {
        Set<String> ids = new LinkedHashSet<>();
        identity.createGroupQuery().list().stream().map(Group::getId)
                .filter(id -> OfficerRole.ofLegacyGroup(id).isPresent()).sorted().forEach(ids::add);
        authorizations.createAuthorizationQuery().list().stream().map(Authorization::getGroupId)
                .filter(id -> id != null && OfficerRole.ofLegacyGroup(id).isPresent()).sorted().forEach(ids::add);
        return ids;
    }

    private GroupUpgraded upgrade(String legacyId, String newId) {
        boolean writable = !identity.isReadOnly();
        Group legacy = identity.createGroupQuery().groupId(legacyId).singleResult();
        boolean groupCreated = false;
        int members = 0;
        if (writable) {
            if (identity.createGroupQuery().groupId(newId).count() == 0) {
                Group group = identity.newGroup(newId);
                group.setName(legacy != null && legacy.getName() != null ? legacy.getName() : newId);
                group.setType(legacy != null && legacy.getType() != null ? legacy.getType()
                        : OfficerProvisioning.GROUP_TYPE);
                identity.saveGroup(group);
                groupCreated = true;
            }
            for (User user : identity.createUserQuery().memberOfGroup(legacyId).list()) {
                if (identity.createUserQuery().userId(user.getId()).memberOfGroup(newId).count() == 0) {
                    identity.createMembership(user.getId(), newId);
                    members++;
                }
            }
        } else if (identity.createGroupQuery().groupId(newId).count() == 0) {
            LOG.warn("Nhóm {} cần đổi thành {} trong hệ thống định danh của cổng thông tin (chỉ đọc); chưa chuyển quyền "
                    + "và công việc của nhóm", legacyId, newId);
            return null;
        }
        int moved = moveAuthorizations(legacyId, newId);
        int taskCount = moveTasks(legacyId, newId);
        int filterCount = changeFilters(legacyId, newId);
        boolean deleted = false;
        if (writable && legacy != null) {
            identity.deleteGroup(legacyId);
            deleted = true;
        }
        return new GroupUpgraded(legacyId, newId, groupCreated, members, moved, taskCount, filterCount, deleted);
    }

    /**
     * Gives the new group each authorization of the old one (merged into the new group's own for the same
     * resource, as the provisioning may have made it already) and deletes the old one: Camunda's
     * {@code deleteGroup} leaves a group's authorizations behind. The permissions are copied as Camunda
     * stores them, one bit mask, so that every resource's own permissions come across unchanged.
     */
    private int moveAuthorizations(String legacyId, String newId) {
        int moved = 0;
        for (Authorization old : authorizations.createAuthorizationQuery().groupIdIn(legacyId).list()) {
            int oldBits = ((AuthorizationEntity) old).getPermissions();
            Authorization target = authorizations.createAuthorizationQuery().groupIdIn(newId)
                    .resourceType(old.getResourceType()).resourceId(old.getResourceId()).list().stream()
                    .filter(a -> a.getAuthorizationType() == old.getAuthorizationType()).findFirst().orElse(null);
            if (target == null) {
                target = authorizations.createNewAuthorization(old.getAuthorizationType());
                target.setGroupId(newId);
                target.setResourceType(old.getResourceType());
                target.setResourceId(old.getResourceId());
                ((AuthorizationEntity) target).setPermissions(oldBits);
            } else {
                int bits = ((AuthorizationEntity) target).getPermissions();
                // a grant holds the granted bits, a revocation the bits left (the revoked ones cleared)
                ((AuthorizationEntity) target).setPermissions(old.getAuthorizationType() == Authorization.AUTH_TYPE_REVOKE
                        ? bits & oldBits : bits | oldBits);
            }
            authorizations.saveAuthorization(target);
            authorizations.deleteAuthorization(old.getId());
            moved++;
        }
        return moved;
    }

    /** Makes the new group a candidate of each open task the old one is a candidate of, and the old one no more. */
    private int moveTasks(String legacyId, String newId) {
        int moved = 0;
        for (Task task : tasks.createTaskQuery().taskCandidateGroup(legacyId).includeAssignedTasks().list()) {
            boolean already = tasks.getIdentityLinksForTask(task.getId()).stream()
                    .anyMatch(link -> candidate(link, newId));
            if (!already) {
                tasks.addCandidateGroup(task.getId(), newId);
            }
            tasks.deleteCandidateGroup(task.getId(), legacyId);
            moved++;
        }
        return moved;
    }

    /**
     * Task filters whose query names the old group as its candidate group, literally: the library's own
     * "Công việc của đơn vị tôi" names none (it reads {@code ${currentUserGroups()}}), a portal's may.
     */
    private int changeFilters(String legacyId, String newId) {
        int changed = 0;
        for (Filter filter : filters.createTaskFilterQuery().list()) {
            if (!(filter.getQuery() instanceof TaskQueryImpl query)) {
                continue;
            }
            boolean names = false;
            if (legacyId.equals(query.getCandidateGroup())) {
                query.taskCandidateGroup(newId);
                names = true;
            }
            List<String> groups = query.getCandidateGroupsInternal();
            if (groups != null && groups.contains(legacyId)) {
                query.taskCandidateGroupIn(groups.stream().map(g -> g.equals(legacyId) ? newId : g).toList());
                names = true;
            }
            if (names) {
                filter.setQuery(query);
                filters.saveFilter(filter);
                changed++;
            }
        }
        return changed;
    }

    /** Whether {@code link} makes {@code groupId} a candidate of its task. */
    private static boolean candidate(IdentityLink link, String groupId) {
        return IdentityLinkType.CANDIDATE.equals(link.getType()) && groupId.equals(link.getGroupId());
    }
}
