package org.learningsociety.core.membership;

import java.time.LocalDate;
import java.util.Objects;
import org.learningsociety.core.subject.MemberRole;
import org.learningsociety.core.subject.SubjectId;

/**
 * A citizen's membership of a group (household, clan, village community, organisation) in one role,
 * for the days from {@code from} up to, not including, {@code until}.
 *
 * @param until the first day the citizen is no longer a member in this role; {@code null} while a
 *     member still. Equal to {@code from} for a membership ended the day it began, which holds on
 *     no day
 */
public record Membership(MembershipId id, SubjectId group, SubjectId person, MemberRole role, LocalDate from,
        LocalDate until) {

    public Membership {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(from, "from");
        MembershipPolicies.datesInOrder("until", from, until).orThrow();
    }

    /** A membership that starts on {@code from} and has not ended. */
    public static Membership starting(MembershipId id, SubjectId group, SubjectId person, MemberRole role,
            LocalDate from) {
        return new Membership(id, group, person, role, from, null);
    }

    /** Whether the citizen is a member, in this role, on {@code day}. */
    public boolean isCurrentOn(LocalDate day) {
        return !from.isAfter(day) && (until == null || day.isBefore(until));
    }

    public boolean isOpen() {
        return until == null;
    }

    /**
     * Whether this membership shares a day with the period from {@code otherFrom} up to, not including,
     * {@code otherUntil} ({@code null}: open). A period ended the day it began shares none.
     */
    public boolean overlaps(LocalDate otherFrom, LocalDate otherUntil) {
        boolean startsBeforeOtherEnds = otherUntil == null || from.isBefore(otherUntil);
        boolean otherStartsBeforeThisEnds = until == null || otherFrom.isBefore(until);
        boolean bothHoldADay = (until == null || from.isBefore(until))
                && (otherUntil == null || otherFrom.isBefore(otherUntil));
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds && bothHoldADay;
    }

    /** This membership ended on {@code day}: from that day the citizen is no longer a member in this role. */
    public Membership endedOn(LocalDate day) {
        return new Membership(id, group, person, role, from, day);
    }

    /** The last day a change to it is dated: its end, or its start while it is open. */
    public LocalDate lastChange() {
        return until != null ? until : from;
    }

    /** Compact text for the audit trail: the citizen by id (never by name), the role and the days. */
    public String auditText() {
        return "#" + person + " " + role + " " + from + "→" + (until == null ? "" : until);
    }
}
