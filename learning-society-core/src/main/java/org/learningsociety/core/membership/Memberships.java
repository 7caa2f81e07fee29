package org.learningsociety.core.membership;

import java.util.Collection;
import java.util.List;
import org.learningsociety.core.subject.SubjectId;

/** The repository of member lists: every membership a group has had, ended ones included. */
public interface Memberships {

    /** Every membership of {@code group}, past and current, in the order they were added. */
    List<Membership> ofGroup(SubjectId group);

    /**
     * Takes, until the transaction ends, the lock that makes changes to {@code group}'s list take
     * turns, so that two officers sending its list at once cannot both start the same citizen.
     */
    void lockGroup(SubjectId group);

    /** Reserves {@code count} consecutive new ids and returns the first. */
    MembershipId nextIds(int count);

    /** Writes new memberships. */
    void addAll(Collection<Membership> memberships);

    /** Writes the end ({@link Membership#until()}) of each of {@code ended}, by its id; nothing else changes. */
    void endAll(Collection<Membership> ended);
}
