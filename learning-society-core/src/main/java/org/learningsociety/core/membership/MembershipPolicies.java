package org.learningsociety.core.membership;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.learningsociety.core.shared.Outcome;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.subject.SubjectKind;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.UnitId;
import org.learningsociety.core.unit.UnitLevel;

/** The rules of a member list, each a named policy a test can exercise alone. */
public final class MembershipPolicies {

    /** The kinds of subject that keep a member list: the groups the citizen indicators count within. */
    public static final Set<SubjectKind> GROUPS = EnumSet.of(SubjectKind.HOUSEHOLD, SubjectKind.CLAN,
            SubjectKind.VILLAGE_COMMUNITY, SubjectKind.ORGANISATION);

    private MembershipPolicies() {
    }

    /**
     * Only a household, a clan, a village community or an organisation keeps a member list; a
     * commune, district or province as a community does not (its members are not listed by name).
     */
    public static Outcome groupKeepsMembers(Subject group) {
        return GROUPS.contains(group.kind()) ? Outcome.allowed()
                : Outcome.rejected("subjectId", group.id(), group.name() + " là " + group.kind().vietnameseName()
                        + ": chỉ hộ gia đình, dòng họ, cộng đồng thôn, tổ dân phố hoặc cơ quan, đơn vị, doanh nghiệp "
                        + "mới có danh sách thành viên");
    }

    /** A member is a citizen: a person enrolled for "Công dân học tập", never a household or another group. */
    public static Outcome memberIsCitizen(String field, Subject member) {
        return member.kind() == SubjectKind.PERSON ? Outcome.allowed()
                : Outcome.rejected(field, member.id(), member.name() + " là " + member.kind().vietnameseName()
                        + ", không phải công dân: thành viên phải là đối tượng Công dân học tập");
    }

    /** A membership ends on or after the day it began. */
    public static Outcome datesInOrder(String field, LocalDate from, LocalDate until) {
        return until == null || !until.isBefore(from) ? Outcome.allowed()
                : Outcome.rejected(field, until, "Ngày thôi là thành viên (" + until
                        + ") không được trước ngày bắt đầu (" + from + ")");
    }

    /** A citizen listed as a member on {@code on} became one on that day at the latest. */
    public static Outcome startsByTheListsDay(String field, LocalDate from, LocalDate on) {
        return !from.isAfter(on) ? Outcome.allowed()
                : Outcome.rejected(field, from, "Ngày bắt đầu là thành viên (" + from
                        + ") không được sau ngày của danh sách (" + on + ")");
    }

    /**
     * A citizen is not a member of one group twice on the same day: a new period shares no day with
     * the citizen's other periods in the group, in any role.
     */
    public static Outcome noOverlap(String field, Subject citizen, Collection<Membership> citizensPeriods,
            LocalDate from, LocalDate until) {
        for (Membership other : citizensPeriods) {
            if (other.overlaps(from, until)) {
                return Outcome.rejected(field, citizen.id(), citizen.name() + " đã là thành viên ("
                        + other.role().vietnameseName() + ") từ " + other.from()
                        + (other.until() == null ? "" : " đến trước " + other.until())
                        + ": thời gian là thành viên không được trùng nhau");
            }
        }
        return Outcome.allowed();
    }

    /**
     * The area a group's members live in: the commune of a household, clan or village community (the
     * commune itself, or the commune of its village); the organisation's own unit and everything beneath
     * it for an organisation attached to a commune, district or province, so that a district's agency
     * may have staff living in any commune of the district. {@code unitOfGroup} is the group's unit and
     * {@code communeOfVillage} its commune when the group is attached to a village.
     */
    public static AdministrativeUnit areaOf(AdministrativeUnit unitOfGroup, AdministrativeUnit communeOfVillage) {
        return unitOfGroup.level() == UnitLevel.VILLAGE ? communeOfVillage : unitOfGroup;
    }

    /**
     * A member lives within the group's area ({@link #areaOf}): {@code unitsOfCitizen} are the citizen's
     * unit and every unit above it, on the list's day.
     */
    public static Outcome livesWithinTheGroupsArea(String field, Subject citizen, Collection<UnitId> unitsOfCitizen,
            Subject group, AdministrativeUnit area) {
        if (unitsOfCitizen.contains(area.id())) {
            return Outcome.allowed();
        }
        String where = area.level() == UnitLevel.COMMUNE && group.kind() != SubjectKind.ORGANISATION
                ? "cùng xã, phường với " + group.kind().vietnameseName().toLowerCase(java.util.Locale.ROOT)
                : "địa bàn của " + area.name();
        return Outcome.rejected(field, citizen.id(), citizen.name() + " không thuộc " + area.name()
                + ": thành viên của " + group.name() + " phải ở " + where);
    }

    /**
     * A list is sent for a day no earlier than the last change already recorded (a start or an end), so
     * that its current members are exactly the memberships not yet ended.
     */
    public static Outcome notBeforeTheLastChange(Subject group, LocalDate on, LocalDate lastChange) {
        return lastChange == null || !on.isBefore(lastChange) ? Outcome.allowed()
                : Outcome.rejected("on", on, "Danh sách thành viên của " + group.name()
                        + " đã được cập nhật đến ngày " + lastChange + "; không thể gửi danh sách của ngày trước đó");
    }
}
