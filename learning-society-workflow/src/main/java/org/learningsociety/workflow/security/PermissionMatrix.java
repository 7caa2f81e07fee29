package org.learningsociety.workflow.security;

import static org.learningsociety.workflow.api.Action.COMMEND;
import static org.learningsociety.workflow.api.Action.EDIT_PLANS;
import static org.learningsociety.workflow.api.Action.EDIT_UNITS;
import static org.learningsociety.workflow.api.Action.ENTER_INDICATOR_VALUES;
import static org.learningsociety.workflow.api.Action.ERASE_PERSONAL_DATA;
import static org.learningsociety.workflow.api.Action.EXPORT_PERSONAL_DATA;
import static org.learningsociety.workflow.api.Action.IMPORT;
import static org.learningsociety.workflow.api.Action.MANAGE_SUBJECTS;
import static org.learningsociety.workflow.api.Action.PROPOSE_COMMENDATION;
import static org.learningsociety.workflow.api.Action.PROVISION_OFFICERS;
import static org.learningsociety.workflow.api.Action.READ;
import static org.learningsociety.workflow.api.Action.RECOGNISE;
import static org.learningsociety.workflow.api.Action.REGISTER;
import static org.learningsociety.workflow.api.Action.REPORT;
import static org.learningsociety.workflow.api.Action.SELF_ASSESS;
import static org.learningsociety.workflow.api.Action.SET_TASK_STATUS;
import static org.learningsociety.workflow.api.Action.START_CYCLE;
import static org.learningsociety.workflow.api.Action.UPLOAD_EVIDENCE;
import static org.learningsociety.workflow.api.Action.VERIFY;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.learningsociety.workflow.api.Action;

/**
 * Which actions each role may take: the library's default (docs/reliability.md, "Roles and actions",
 * gives each cell's source in the seed plans), each role's row replaceable by a property
 * {@code learning-society.security.permissions.<role>=<action>,<action>…}. A property naming an unknown
 * role or action refuses to start ({@link PermissionMatrixException}).
 */
public final class PermissionMatrix {

    private static final Map<PermissionRole, Set<Action>> DEFAULTS = new EnumMap<>(Map.of(
            // runs the movement and verifies: receives registrations, self-assessments and evidence, verifies,
            // proposes exemplary subjects, enters the association's own indicators, tracks the plan tasks it leads;
            // recognises where a plan says the association does (Thái Bình) — RECOGNISE is, besides this row, the
            // plans' word per unit
            PermissionRole.ASSOCIATION, EnumSet.of(READ, START_CYCLE, MANAGE_SUBJECTS, IMPORT, REGISTER, SELF_ASSESS,
                    UPLOAD_EVIDENCE, VERIFY, RECOGNISE, PROPOSE_COMMENDATION, ENTER_INDICATOR_VALUES, SET_TASK_STATUS),
            // recognises (where no plan names the association), awards Giấy khen, reports; the state body
            // answering for the records (data controller)
            PermissionRole.PEOPLES_COMMITTEE, EnumSet.of(READ, EDIT_UNITS, START_CYCLE, RECOGNISE, COMMEND, REPORT,
                    ENTER_INDICATOR_VALUES, EXPORT_PERSONAL_DATA, ERASE_PERSONAL_DATA, SET_TASK_STATUS),
            // the province's commendations (Bằng khen), the emulation movement, its plans and officers
            PermissionRole.EMULATION_BOARD, EnumSet.of(READ, COMMEND, REPORT, EDIT_PLANS, PROVISION_OFFICERS,
                    SET_TASK_STATUS),
            PermissionRole.ADMINISTRATOR, EnumSet.allOf(Action.class),
            // a portal's back end: keeps the roll of subjects, registers and self-assesses on citizens' behalf
            PermissionRole.SERVICE_ACCOUNT, EnumSet.of(READ, MANAGE_SUBJECTS, IMPORT, REGISTER, SELF_ASSESS,
                    UPLOAD_EVIDENCE)));

    private final Map<PermissionRole, Set<Action>> granted;

    private PermissionMatrix(Map<PermissionRole, Set<Action>> granted) {
        Map<PermissionRole, Set<Action>> copy = new EnumMap<>(PermissionRole.class);
        for (PermissionRole role : PermissionRole.values()) {
            Set<Action> actions = granted.get(role);
            copy.put(role, actions == null || actions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(actions)));
        }
        this.granted = copy;
    }

    /** The library's default matrix. */
    public static PermissionMatrix defaults() {
        return new PermissionMatrix(DEFAULTS);
    }

    /**
     * The default matrix with the rows the properties give replaced: each key a role's slug
     * ({@code association}), each value its actions' slugs ({@code register}, {@code self-assess} …; an empty
     * list grants nothing). Refuses an unknown role or action, naming the ones there are.
     */
    public static PermissionMatrix withOverrides(Map<String, ? extends Collection<String>> rows) {
        Map<PermissionRole, Set<Action>> matrix = new EnumMap<>(DEFAULTS);
        List<String> problems = new ArrayList<>();
        if (rows != null) {
            rows.forEach((roleSlug, actionSlugs) -> {
                var role = PermissionRole.ofSlug(roleSlug);
                if (role.isEmpty()) {
                    problems.add("unknown role '" + roleSlug + "' in learning-society.security.permissions."
                            + roleSlug + " (the roles are " + slugs(PermissionRole.values()) + ")");
                    return;
                }
                Set<Action> actions = EnumSet.noneOf(Action.class);
                for (String slug : actionSlugs == null ? List.<String>of() : actionSlugs) {
                    if (slug == null || slug.isBlank()) {
                        continue;
                    }
                    Action.ofSlug(slug).ifPresentOrElse(actions::add, () -> problems.add("unknown action '"
                            + slug.trim() + "' in learning-society.security.permissions." + roleSlug
                            + " (the actions are " + slugs(Action.values()) + ")"));
                }
                matrix.put(role.get(), actions);
            });
        }
        if (!problems.isEmpty()) {
            throw new PermissionMatrixException(problems);
        }
        return new PermissionMatrix(matrix);
    }

    /** Whether {@code role} may take {@code action}. */
    public boolean permits(PermissionRole role, Action action) {
        return granted.get(role).contains(action);
    }

    /** The actions {@code role} may take. */
    public Set<Action> actionsOf(PermissionRole role) {
        return granted.get(role);
    }

    /** The roles that may take {@code action}, in the matrix's order. */
    public List<PermissionRole> rolesPermitting(Action action) {
        return Arrays.stream(PermissionRole.values()).filter(role -> permits(role, action)).toList();
    }

    private static String slugs(Enum<?>[] values) {
        return Arrays.stream(values).map(value -> value instanceof Action action ? action.slug()
                : ((PermissionRole) value).slug()).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return Arrays.stream(PermissionRole.values()).map(role -> role.slug() + "=" + granted.get(role).stream()
                .sorted().map(Action::slug).collect(Collectors.joining(","))).collect(Collectors.joining("; "));
    }
}
