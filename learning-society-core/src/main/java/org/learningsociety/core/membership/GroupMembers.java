package org.learningsociety.core.membership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.learningsociety.core.audit.AuditAction;
import org.learningsociety.core.audit.AuditRecord;
import org.learningsociety.core.audit.AuditTrail;
import org.learningsociety.core.audit.Audited;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.shared.CurrentActor;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.shared.Outcome;
import org.learningsociety.core.shared.Transactions;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.MemberRole;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.subject.SubjectId;
import org.learningsociety.core.subject.Subjects;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.core.unit.UnitId;

/**
 * A group's member list as a portal holds it on a day: {@link #replace} takes the whole list and
 * records what changed — citizens no longer listed end that day, new ones start, a changed role ends
 * and starts again — and {@link #membersOn} reads it back for a day. Nothing is deleted: the list
 * keeps its history, so a year's counts stay as they were.
 */
public class GroupMembers {

    private final Memberships memberships;
    private final Subjects subjects;
    private final UnitDirectory units;
    private final Transactions transactions;
    private final Clock clock;
    private final AuditTrail audit;
    private final CurrentActor actor;

    public GroupMembers(Memberships memberships, Subjects subjects, UnitDirectory units, Transactions transactions,
            Clock clock, AuditTrail audit, CurrentActor actor) {
        this.memberships = Objects.requireNonNull(memberships);
        this.subjects = Objects.requireNonNull(subjects);
        this.units = Objects.requireNonNull(units);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
        this.audit = Objects.requireNonNull(audit);
        this.actor = Objects.requireNonNull(actor);
    }

    /**
     * A citizen on the list, by the library's id or the portal's id of the citizen.
     *
     * @param from the day the citizen became a member, for a citizen not yet on the list; the list's
     *     day when {@code null}. For a citizen whose role changed, the day the new role began
     */
    public record ListedMember(Long citizenId, String citizenExternalId, MemberRole role, LocalDate from) { }

    /** A membership with its citizen. */
    public record Member(Membership membership, Subject citizen) { }

    /** What a list changed: the memberships started and ended, and how many stayed as they were. */
    public record MemberListChanged(Subject group, LocalDate on, List<Membership> started, List<Membership> ended,
            int unchanged) { }

    /** The group {@code id}; refused unless it is a subject that keeps a member list. */
    public Subject group(SubjectId id) {
        Subject group = subjects.findById(id).orElseThrow(() ->
                new NotFoundException("subjectId", id, "Không có đối tượng này"));
        MembershipPolicies.groupKeepsMembers(group).orThrow();
        return group;
    }

    /** As {@link #replace(SubjectId, LocalDate, List, Consumer)}, every citizen allowed. */
    public MemberListChanged replace(SubjectId groupId, LocalDate on, List<ListedMember> listed) {
        return replace(groupId, on, listed, citizen -> { });
    }

    /**
     * Replaces the group's current members by {@code listed}, as on {@code on} (today when {@code null}),
     * in one transaction: all of it, or nothing if one citizen is refused. Each listed citizen must be
     * a person living within the group's area ({@link MembershipPolicies#areaOf}), listed once, with a
     * role; {@code mayList} is asked about each (a caller's reach) before any rule, and refuses by throwing.
     */
    public MemberListChanged replace(SubjectId groupId, LocalDate on, List<ListedMember> listed,
            Consumer<Subject> mayList) {
        if (listed == null) {
            throw new InvalidInputException("members", null, "Danh sách thành viên là bắt buộc (có thể rỗng)");
        }
        LocalDate day = on != null ? on : LocalDate.now(clock);
        // ids are reserved before the transaction, on a connection of their own: at most one start per listed citizen
        long next = listed.isEmpty() ? 0 : memberships.nextIds(listed.size()).value();
        return transactions.inTransaction(() -> {
            Subject group = group(groupId);
            memberships.lockGroup(groupId);
            List<Membership> history = memberships.ofGroup(groupId);
            LocalDate lastChange = history.stream().map(Membership::lastChange).max(Comparator.naturalOrder())
                    .orElse(null);
            Outcome notBefore = MembershipPolicies.notBeforeTheLastChange(group, day, lastChange);
            if (notBefore instanceof Outcome.Rejected rejected) {
                throw new ConflictException(rejected.field(), rejected.value(), rejected.reason());
            }
            Map<SubjectId, Listed> byCitizen = resolve(group, day, listed, mayList);
            Map<SubjectId, Membership> open = history.stream().filter(Membership::isOpen)
                    .collect(Collectors.toMap(Membership::person, Function.identity()));
            Map<SubjectId, List<Membership>> periods = new HashMap<>();
            history.forEach(m -> periods.computeIfAbsent(m.person(), p -> new ArrayList<>()).add(m));
            List<Membership> ended = new ArrayList<>();
            List<Membership> started = new ArrayList<>();
            for (Membership current : open.values()) {
                if (!byCitizen.containsKey(current.person())) {
                    ended.add(replacing(periods, current, current.endedOn(day)));
                }
            }
            int unchanged = 0;
            long id = next;
            for (Listed member : byCitizen.values()) {
                SubjectId citizen = member.citizen().id();
                Membership current = open.get(citizen);
                if (current != null && current.role() == member.role()) {
                    unchanged++;
                    continue;
                }
                LocalDate from = member.from() != null ? member.from() : day;
                if (current != null) {
                    // a changed role: the old one ends the day the new one begins
                    MembershipPolicies.datesInOrder(member.row() + "from", current.from(), from).orThrow();
                    ended.add(replacing(periods, current, current.endedOn(from)));
                }
                MembershipPolicies.noOverlap(member.field(), member.citizen(), periods.getOrDefault(citizen, List.of()),
                        from, null).orThrow();
                Membership start = Membership.starting(new MembershipId(id++), groupId, citizen, member.role(), from);
                started.add(start);
                periods.computeIfAbsent(citizen, p -> new ArrayList<>()).add(start);
            }
            memberships.endAll(ended);
            memberships.addAll(started);
            if (!ended.isEmpty() || !started.isEmpty()) {
                audit.append(AuditRecord.of(Audited.SUBJECT, groupId.value(), AuditAction.MEMBER_LIST_CHANGED,
                        actor.get(), clock.instant(), text(open.values()), text(current(open, ended, started)),
                        "danh sách ngày " + day));
            }
            return new MemberListChanged(group, day, List.copyOf(started), List.copyOf(ended), unchanged);
        });
    }

    /** The group's members on {@code on}, in the order they were added. */
    public List<Member> membersOn(SubjectId groupId, LocalDate on) {
        group(groupId);
        List<Membership> current = memberships.ofGroup(groupId).stream().filter(m -> m.isCurrentOn(on)).toList();
        Map<SubjectId, Subject> citizens = subjects.findByIds(current.stream().map(Membership::person).toList())
                .stream().collect(Collectors.toMap(Subject::id, Function.identity()));
        return current.stream().map(m -> new Member(m, citizens.get(m.person()))).toList();
    }

    /** A listed citizen, found and checked: {@code row} is its place in the list ({@code members[2].}). */
    private record Listed(Subject citizen, MemberRole role, LocalDate from, String row, String field) { }

    /** The citizens {@code listed} names, each checked, in the list's order. */
    private Map<SubjectId, Listed> resolve(Subject group, LocalDate day, List<ListedMember> listed,
            Consumer<Subject> mayList) {
        Map<SubjectId, Subject> byId = subjects.findByIds(listed.stream().filter(Objects::nonNull)
                        .map(ListedMember::citizenId).filter(Objects::nonNull).map(SubjectId::new).toList()).stream()
                .collect(Collectors.toMap(Subject::id, Function.identity()));
        Map<String, Subject> byExternalId = subjects.findByExternalIds(LearningModel.CITIZEN, listed.stream()
                        .filter(Objects::nonNull).map(ListedMember::citizenExternalId).filter(Objects::nonNull).toList())
                .stream().collect(Collectors.toMap(Subject::externalId, Function.identity()));
        AdministrativeUnit area = area(group, day);
        Map<UnitId, Set<UnitId>> unitsAbove = new HashMap<>();
        Map<SubjectId, Listed> resolved = new LinkedHashMap<>();
        for (int i = 0; i < listed.size(); i++) {
            ListedMember member = listed.get(i);
            String row = "members[" + i + "].";
            if (member == null) {
                throw new InvalidInputException("members[" + i + "]", null, "Dòng thành viên không được để trống");
            }
            Subject citizen = citizen(row, member, byId, byExternalId);
            // asked first: a refusal below names the citizen, which a caller beyond its reach may not read
            mayList.accept(citizen);
            String field = row + (member.citizenId() != null ? "citizenId" : "citizenExternalId");
            MembershipPolicies.memberIsCitizen(field, citizen).orThrow();
            if (member.role() == null) {
                throw new InvalidInputException(row + "role", null, "Vai trò của thành viên là bắt buộc: WORKER "
                        + "(người lao động), CADRE (cán bộ, công chức, viên chức, nhân viên) hoặc OTHER");
            }
            if (resolved.containsKey(citizen.id())) {
                throw new InvalidInputException(field, citizen.id(), citizen.name()
                        + " có tên hai lần trong danh sách thành viên");
            }
            if (member.from() != null) {
                MembershipPolicies.startsByTheListsDay(row + "from", member.from(), day).orThrow();
            }
            Set<UnitId> above = unitsAbove.computeIfAbsent(citizen.unit(), unit -> unitAndAbove(field, unit, day));
            MembershipPolicies.livesWithinTheGroupsArea(field, citizen, above, group, area).orThrow();
            resolved.put(citizen.id(), new Listed(citizen, member.role(), member.from(), row, field));
        }
        return resolved;
    }

    private static Subject citizen(String row, ListedMember member, Map<SubjectId, Subject> byId,
            Map<String, Subject> byExternalId) {
        if (member.citizenId() == null && (member.citizenExternalId() == null || member.citizenExternalId().isBlank())) {
            throw new InvalidInputException(row + "citizenId", null,
                    "Phải nêu citizenId hoặc citizenExternalId của công dân");
        }
        if (member.citizenId() != null) {
            Subject found = byId.get(new SubjectId(member.citizenId()));
            if (found == null) {
                throw new NotFoundException(row + "citizenId", member.citizenId(), "Không có đối tượng này");
            }
            if (member.citizenExternalId() != null && !member.citizenExternalId().equals(found.externalId())) {
                throw new InvalidInputException(row + "citizenExternalId", member.citizenExternalId(),
                        "Mã định danh không phải của đối tượng " + member.citizenId());
            }
            return found;
        }
        Subject found = byExternalId.get(member.citizenExternalId());
        if (found == null) {
            throw new NotFoundException(row + "citizenExternalId", member.citizenExternalId(),
                    "Không có công dân mang mã định danh này");
        }
        return found;
    }

    /** The area the group's members live in, on {@code day}. */
    private AdministrativeUnit area(Subject group, LocalDate day) {
        AdministrativeUnit unit = unitOn("on", group.unit(), day);
        AdministrativeUnit commune = unit.parent() == null ? null : unitOn("on", unit.parent(), day);
        return MembershipPolicies.areaOf(unit, commune);
    }

    private Set<UnitId> unitAndAbove(String field, UnitId unit, LocalDate day) {
        AdministrativeUnit own = unitOn(field, unit, day);
        Set<UnitId> above = new HashSet<>();
        above.add(own.id());
        units.ancestorsOf(own, day).forEach(u -> above.add(u.id()));
        return above;
    }

    private AdministrativeUnit unitOn(String field, UnitId unit, LocalDate day) {
        try {
            return units.unitOn(unit, day);
        } catch (NotFoundException e) {
            throw new InvalidInputException(field, day, "Đơn vị hành chính " + unit + " không tồn tại vào ngày " + day);
        }
    }

    /** {@code ended} in place of {@code before} among the citizen's periods; returns {@code ended}. */
    private static Membership replacing(Map<SubjectId, List<Membership>> periods, Membership before,
            Membership ended) {
        List<Membership> citizens = periods.get(before.person());
        citizens.set(citizens.indexOf(before), ended);
        return ended;
    }

    private static List<Membership> current(Map<SubjectId, Membership> open, List<Membership> ended,
            List<Membership> started) {
        Set<MembershipId> endedIds = ended.stream().map(Membership::id).collect(Collectors.toSet());
        List<Membership> current = new ArrayList<>(open.values().stream().filter(m -> !endedIds.contains(m.id()))
                .toList());
        current.addAll(started);
        return current;
    }

    private static String text(java.util.Collection<Membership> list) {
        return list.stream().sorted(Comparator.comparing(m -> m.id().value())).map(Membership::auditText)
                .collect(Collectors.joining("; "));
    }
}
