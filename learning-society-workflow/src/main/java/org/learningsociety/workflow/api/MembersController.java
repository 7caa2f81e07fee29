package org.learningsociety.workflow.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.learningsociety.core.membership.GroupMembers;
import org.learningsociety.core.membership.Membership;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.subject.MemberRole;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.subject.SubjectId;
import org.learningsociety.core.subject.Subjects;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The member list of a household, clan, village community or organisation: the citizens who belong to
 * it, each with a role and the days they belonged, which the citizen indicators count.
 */
@RestController
@RequestMapping(LearningSocietyApi.BASE_PATH + "/subjects")
public class MembersController {

    private final GroupMembers members;
    private final Subjects subjects;
    private final UnitAccess access;
    private final Clock clock;

    public MembersController(GroupMembers members, Subjects subjects, UnitAccess access, Clock clock) {
        this.members = Objects.requireNonNull(members);
        this.subjects = Objects.requireNonNull(subjects);
        this.access = Objects.requireNonNull(access);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * A citizen on the list, by the library's id or the portal's id.
     *
     * @param from the day the citizen joined (or took the new role), when it was before the list's day
     */
    @Schema(name = "ListedCitizen")
    public record ListedCitizen(Long citizenId, String citizenExternalId, MemberRole role, LocalDate from) { }

    /** The whole list as the portal holds it on {@code on} (today when left out). */
    @Schema(name = "MemberList")
    public record MemberList(LocalDate on, List<ListedCitizen> members) { }

    /** A member on the day asked: the citizen, the role and the days of this membership. */
    @Schema(name = "MemberView")
    public record MemberView(long citizenId, String name, String externalId, MemberRole role, String roleName,
            LocalDate from, LocalDate until) { }

    /**
     * The group's members on {@code on}; after a {@code PUT}, how many memberships it started and ended
     * and how many stayed as they were ({@code null} on a {@code GET}).
     */
    @Schema(name = "MembersView")
    public record MembersView(long subjectId, String name, String kind, LocalDate on, List<MemberView> members,
            Integer started, Integer ended, Integer unchanged) { }

    /**
     * Replaces a group's current member list by the one the portal holds on a day. Citizens no longer
     * listed end that day, new ones start (on their {@code from}, else that day), a changed role ends and
     * starts again; nothing is deleted, so past years keep their counts. Each listed citizen must be a
     * person (Công dân) living in the group's commune (for an organisation above a commune: in its area),
     * listed once, with a role: WORKER, CADRE or OTHER. The whole list is refused (400, naming the row's
     * field, e.g. {@code members[2].citizenId}) if one is not; 409 for a list dated before the last change
     * recorded. The officer must reach the group's unit and each listed citizen's.
     */
    @LibraryAction(Action.MANAGE_SUBJECTS)
    @PutMapping("/{id}/members")
    public MembersView replace(@PathVariable long id, @RequestBody MemberList list) {
        Subject group = reachable(id);
        List<GroupMembers.ListedMember> listed = list.members() == null ? null : list.members().stream()
                .map(m -> m == null ? null : new GroupMembers.ListedMember(m.citizenId(), m.citizenExternalId(),
                        m.role(), m.from()))
                .toList();
        GroupMembers.MemberListChanged changed = members.replace(group.id(), list.on(), listed,
                citizen -> access.requireAccess(citizen.unit()));
        return view(group, changed.on(), members.membersOn(group.id(), changed.on()), changed.started().size(),
                changed.ended().size(), changed.unchanged());
    }

    /**
     * A group's members on a day (today when {@code on} is left out): each citizen's name, portal id,
     * role, and the days of the membership ({@code until} is the first day it no longer holds, {@code null}
     * while it does).
     */
    @LibraryAction(Action.READ)
    @GetMapping("/{id}/members")
    public MembersView members(@PathVariable long id, @RequestParam(required = false) String on) {
        LocalDate day = Dates.dateOrToday("on", on, clock);
        Subject group = reachable(id);
        return view(group, day, members.membersOn(group.id(), day), null, null, null);
    }

    private Subject reachable(long id) {
        Subject subject = subjects.findById(new SubjectId(id)).orElseThrow(() ->
                new NotFoundException("subjectId", id, "Không có đối tượng này"));
        access.requireAccess(subject.unit());
        return subject;
    }

    private static MembersView view(Subject group, LocalDate on, List<GroupMembers.Member> list, Integer started,
            Integer ended, Integer unchanged) {
        return new MembersView(group.id().value(), group.name(), group.kind().name(), on,
                list.stream().map(MembersController::view).toList(), started, ended, unchanged);
    }

    private static MemberView view(GroupMembers.Member member) {
        Membership m = member.membership();
        return new MemberView(m.person().value(), member.citizen().name(), member.citizen().externalId(), m.role(),
                m.role().vietnameseName(), m.from(), m.until());
    }
}
